namespace HoeWerktMijnStad.Web.Features.Family.Co2Game;

public enum Co2FactorKind
{
    /// <summary>Kilograms of CO2 per unit of energy or travel, from a published list.</summary>
    Emission,

    /// <summary>How much energy or water households use, from a published statistic.</summary>
    Usage,

    /// <summary>A round number of our own, with its reasoning, where no single source fits a game.</summary>
    Assumption,
}

/// <summary>One number the game calculates with, and where it comes from. The "Over de getallen" panel lists
/// these same objects, so the page can never show a number the model does not use.</summary>
public sealed record Co2Factor(string Name, double Value, string Unit, string Source, Co2FactorKind Kind);

/// <summary>Every number of the CO2 house game in one place. Values are as published (rounded where the
/// source rounds); the game works per day, so yearly figures are divided by 365 where they are used.</summary>
public static class Co2Factors
{
    // emission factors
    public static readonly Co2Factor NaturalGas = new("Aardgas verbranden", 1.78, "kg CO2 per m³",
        "CO2emissiefactoren.nl, aardgas: de uitstoot bij het verbranden (dezelfde waarde staat in ISSO 82). De winning en het vervoer van het gas tellen we niet mee, dus gas komt er eerder iets te gunstig af.", Co2FactorKind.Emission);

    public static readonly Co2Factor Electricity = new("Stroom uit het net", 0.374, "kg CO2 per kWh",
        "CE Delft voor CO2emissiefactoren.nl (2023): de Nederlandse stroommix van 2021, 300 gram bij het opwekken plus 74 gram in de keten.", Co2FactorKind.Emission);

    public static readonly Co2Factor Petrol = new("Benzine", 2.74, "kg CO2 per liter",
        "CO2emissiefactoren.nl, benzine E95 (NL), inclusief het maken van de benzine.", Co2FactorKind.Emission);

    public static readonly Co2Factor Bus = new("Bus", 0.113, "kg CO2 per reizigerskilometer",
        "CROW-KpVV, CO2-footprint per reizigerskilometer (editie 2018): het regionale busvervoer in Nederland.", Co2FactorKind.Emission);

    public static readonly Co2Factor TramMetroTrain = new("Tram, metro en elektrische trein", 0, "kg CO2 per reizigerskilometer",
        "CROW-KpVV (editie 2018): trams, metro's en elektrische treinen rijden op groene stroom.", Co2FactorKind.Emission);

    // what Dutch households use
    public static readonly Co2Factor AverageGas = new("Gasverbruik van een gemiddelde woning", 980, "m³ per jaar",
        "CBS, Energieverbruik particuliere woningen, 2022.", Co2FactorKind.Usage);

    public static readonly Co2Factor AverageElectricity = new("Stroom van het net voor een gemiddelde woning", 2_550, "kWh per jaar",
        "CBS StatLine 81528NED, gemiddelde elektriciteitslevering 2024 (voorlopig).", Co2FactorKind.Usage);

    public static readonly Co2Factor AverageHouseholdSize = new("Mensen in een gemiddeld huishouden", 2.1, "personen",
        "CBS, 1 januari 2023.", Co2FactorKind.Usage);

    public static readonly Co2Factor ShowerFlow = new("Water uit een gewone douche", 7.7, "liter per minuut",
        "Vewin, Watergebruik thuis 2021: een douchebeurt duurt gemiddeld 7,4 minuten en gebruikt 57 liter.", Co2FactorKind.Usage);

    public static readonly Co2Factor GasPerLitreShowerWater = new("Gas om douchewater op te warmen", 0.0051, "m³ per liter",
        "Milieu Centraal (2022): 57 liter douchewater opwarmen kost ongeveer 0,29 m³ gas.", Co2FactorKind.Usage);

    public static readonly Co2Factor GasEnergy = new("Energie in aardgas", 8.79, "kWh per m³",
        "31,65 MJ per m³ (onderwaarde van Gronings aardgas), omgerekend naar kWh.", Co2FactorKind.Usage);

    // our own round numbers
    public static readonly Co2Factor SpaceHeatingGas = new("Gas voor verwarmen in een gewoon huis", 640, "m³ per jaar",
        "Aanname: het gemiddelde gasverbruik van het CBS min ongeveer 300 m³ voor warm water (Milieu Centraal) en het gas voor koken.", Co2FactorKind.Assumption);

    public static readonly Co2Factor ThermostatStep = new("Verwarmen per graad warmer of kouder", 7, "procent meer of minder warmte",
        "Vuistregel van Milieu Centraal: elke graad lager scheelt zo'n 7% op het verwarmen.", Co2FactorKind.Assumption);

    public static readonly Co2Factor BoilerEfficiency = new("Rendement van een HR-ketel", 90, "procent van de energie in het gas",
        "Aanname: zoveel van de energie in het gas wordt warmte in huis.", Co2FactorKind.Assumption);

    public static readonly Co2Factor HeatPumpHeating = new("Warmtepomp, verwarmen", 3.5, "kWh warmte per kWh stroom",
        "Aanname: een gemiddelde lucht-waterwarmtepomp over een heel jaar.", Co2FactorKind.Assumption);

    public static readonly Co2Factor HeatPumpHotWater = new("Warmtepomp, warm water", 2.5, "kWh warmte per kWh stroom",
        "Aanname: voor heet kraanwater werkt een warmtepomp minder zuinig dan voor de verwarming.", Co2FactorKind.Assumption);

    public static readonly Co2Factor HybridShare = new("Hybride warmtepomp", 70, "procent van het verwarmen",
        "Aanname: dit deel van het verwarmen doet de warmtepomp; de ketel doet de rest en het warme water.", Co2FactorKind.Assumption);

    public static readonly Co2Factor CookingGas = new("Koken op gas", 40, "m³ per jaar per gemiddeld huishouden",
        "Aanname, afgerond (Milieu Centraal noemt zo'n 40 m³).", Co2FactorKind.Assumption);

    public static readonly Co2Factor CookingInduction = new("Koken op inductie", 200, "kWh per jaar per gemiddeld huishouden",
        "Aanname: net zoveel warmte in de pan als met het gas hierboven; een gaspit verliest de helft van zijn warmte, inductie maar 15%.", Co2FactorKind.Assumption);

    public static readonly Co2Factor WaterSavingShowerFlow = new("Water uit een bespaardouchekop", 6, "liter per minuut",
        "Aanname: een douchekop van klasse Z (4,3 tot 6,9 liter per minuut).", Co2FactorKind.Assumption);

    public static readonly Co2Factor LampHours = new("Licht in huis", 40, "lampuren per dag",
        "Aanname: 10 lampen die elk 4 uur branden.", Co2FactorKind.Assumption);

    public static readonly Co2Factor HalogenLamp = new("Halogeenlamp", 42, "watt",
        "Aanname: een gangbare halogeenlamp.", Co2FactorKind.Assumption);

    public static readonly Co2Factor LedLamp = new("Ledlamp met net zoveel licht", 6, "watt",
        "Aanname: een gangbare ledlamp.", Co2FactorKind.Assumption);

    public static readonly Co2Factor LaundryLoads = new("Was drogen", 0.2, "trommels per persoon per dag",
        "Aanname: ongeveer anderhalve trommel per persoon per week.", Co2FactorKind.Assumption);

    public static readonly Co2Factor Dryer = new("Gewone wasdroger (condensdroger)", 2.5, "kWh per trommel",
        "Aanname, afgerond (energielabels van gangbare drogers).", Co2FactorKind.Assumption);

    public static readonly Co2Factor HeatPumpDryer = new("Warmtepompdroger", 1.2, "kWh per trommel",
        "Aanname, afgerond (energielabels van gangbare drogers).", Co2FactorKind.Assumption);

    public static readonly Co2Factor Standby = new("Apparaten op stand-by", 45, "watt, dag en nacht",
        "Aanname: tv, spelcomputer, modem en opladers op stand-by.", Co2FactorKind.Assumption);

    public static readonly Co2Factor StandbyOff = new("Apparaten echt uit", 10, "watt, dag en nacht",
        "Aanname: met een stekkerdoos uit blijft alleen het modem aan.", Co2FactorKind.Assumption);

    public static readonly Co2Factor OtherAppliances = new("Koelkast, wasmachine, tv en computer", 2.0, "kWh per dag per huis",
        "Aanname, samen met het getal hieronder zo gekozen dat een huis met gewone keuzes ongeveer op het CBS-gemiddelde uitkomt.", Co2FactorKind.Assumption);

    public static readonly Co2Factor OtherAppliancesPerPerson = new("Koelkast, wasmachine, tv en computer", 0.8, "kWh per dag per persoon",
        "Aanname: meer mensen in huis wassen meer en kijken meer tv.", Co2FactorKind.Assumption);

    public static readonly Co2Factor SolarPanel = new("Zonnepaneel van 400 Wp", 340, "kWh per jaar",
        "Aanname: 0,85 kWh per wattpiek per jaar, een gangbare opbrengst in Nederland. Ook de stroom die naar het net gaat telt mee: die vervangt daar stroom uit een centrale.", Co2FactorKind.Assumption);

    public static readonly Co2Factor TravelDistance = new("Naar school en werk", 10, "km per persoon per dag",
        "Aanname: heen en terug. We rekenen alsof ieder zijn eigen rit maakt; samen rijden scheelt.", Co2FactorKind.Assumption);

    public static readonly Co2Factor PetrolCarUse = new("Benzineauto", 15, "km per liter benzine",
        "Aanname: een gewone gezinsauto (6,7 liter per 100 km).", Co2FactorKind.Assumption);

    public static readonly Co2Factor ElectricCarUse = new("Elektrische auto", 0.17, "kWh per km",
        "Aanname: een gewone elektrische gezinsauto, thuis geladen met stroom uit het net.", Co2FactorKind.Assumption);

    /// <summary>Every factor, in the order the panel shows them.</summary>
    public static IReadOnlyList<Co2Factor> All { get; } =
    [
        NaturalGas, Electricity, Petrol, Bus, TramMetroTrain,
        AverageGas, AverageElectricity, AverageHouseholdSize, ShowerFlow, GasPerLitreShowerWater, GasEnergy,
        SpaceHeatingGas, ThermostatStep, BoilerEfficiency, HeatPumpHeating, HeatPumpHotWater, HybridShare,
        WaterSavingShowerFlow, CookingGas, CookingInduction, LampHours, HalogenLamp, LedLamp, LaundryLoads, Dryer, HeatPumpDryer,
        Standby, StandbyOff, OtherAppliances, OtherAppliancesPerPerson, SolarPanel,
        TravelDistance, PetrolCarUse, ElectricCarUse,
    ];

    // derived numbers, each from the factors above
    public const double DaysPerYear = 365;

    /// <summary>Heat one m³ of gas gives in a boiler, in kWh.</summary>
    public static double HeatPerGasM3 => GasEnergy.Value * BoilerEfficiency.Value / 100;

    public static double PetrolCarKgPerKm => Petrol.Value / PetrolCarUse.Value;

    public static double ElectricCarKgPerKm => ElectricCarUse.Value * Electricity.Value;

    /// <summary>CO2 of an average Dutch home's gas and grid electricity per day, in kg (about 7.4).</summary>
    public static double AverageHomeKgPerDay =>
        (AverageGas.Value * NaturalGas.Value + AverageElectricity.Value * Electricity.Value) / DaysPerYear;
}
