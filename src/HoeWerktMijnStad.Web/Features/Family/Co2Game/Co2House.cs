using static HoeWerktMijnStad.Web.Features.Family.Co2Game.Co2Factors;

namespace HoeWerktMijnStad.Web.Features.Family.Co2Game;

/// <summary>One line of a day's CO2: what for, and how many kilograms (negative for solar panels).</summary>
public sealed record Co2Line(string Key, string Label, double Kg);

/// <summary>A household's CO2 over one average day of the year, line by line.</summary>
public sealed record Co2Day(IReadOnlyList<Co2Line> Lines, double GasM3, double HouseElectricityKwh, double SolarKwh)
{
    public double TotalKg => Lines.Sum(l => l.Kg);

    public double TravelKg => Line(Co2House.TravelLine);

    /// <summary>The gas and electricity of the house itself, without travel: what the CBS averages cover.
    /// Below zero when the solar panels make more than the house uses.</summary>
    public double HomeKg => TotalKg - TravelKg;

    public double Line(string key) => Lines.Where(l => l.Key == key).Sum(l => l.Kg);
}

/// <summary>The CO2 model: turns a household's answers into kilograms of CO2 for one average day of the
/// year (winter and summer averaged out). Pure: no state, no clock, no database.</summary>
public static class Co2House
{
    public const string HeatingLine = "verwarmen";
    public const string ShowerLine = "douchen";
    public const string CookingLine = "koken";
    public const string LightingLine = "licht";
    public const string DryingLine = "drogen";
    public const string StandbyLine = "standby";
    public const string AppliancesLine = "apparaten";
    public const string TravelLine = "reizen";
    public const string SolarLine = "zon";

    /// <summary>The reference thermostat setting: the space-heating figure holds at this temperature.</summary>
    public const double ReferenceTemperature = 20;

    public static Co2Day Calculate(Co2Choices choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var persons = choices.Persons;
        var share = choices.For(Co2Questions.Heating).Value;
        // only a heat pump without a boiler heats the tap water too; a hybrid leaves that to the boiler
        var hotWaterByHeatPump = share >= 1;

        var heatDemandM3 = SpaceHeatingGas.Value / DaysPerYear
            * choices.For(Co2Questions.Insulation).Value
            * (1 + ThermostatStep.Value / 100 * (choices.For(Co2Questions.Thermostat).Value - ReferenceTemperature));
        var heatingGas = heatDemandM3 * (1 - share);
        var heatingKwh = heatDemandM3 * share * HeatPerGasM3 / HeatPumpHeating.Value;

        var showerGasEquivalent = persons * choices.For(Co2Questions.Shower).Value * GasPerLitreShowerWater.Value;
        var showerGas = hotWaterByHeatPump ? 0 : showerGasEquivalent;
        var showerKwh = hotWaterByHeatPump ? showerGasEquivalent * HeatPerGasM3 / HeatPumpHotWater.Value : 0;

        var electricShare = choices.For(Co2Questions.Cooking).Value;
        var perPersonPerDay = persons / AverageHouseholdSize.Value / DaysPerYear;
        var cookingGas = CookingGas.Value * perPersonPerDay * (1 - electricShare);
        var cookingKwh = CookingInduction.Value * perPersonPerDay * electricShare;

        var lightingKwh = choices.For(Co2Questions.Lighting).Value;
        var dryingKwh = persons * LaundryLoads.Value * choices.For(Co2Questions.Drying).Value;
        var standbyKwh = choices.For(Co2Questions.StandbyUse).Value * 24 / 1000;
        var appliancesKwh = OtherAppliances.Value + persons * OtherAppliancesPerPerson.Value;
        var travelKg = persons * TravelDistance.Value * choices.For(Co2Questions.Travel).Value;

        var houseKwh = heatingKwh + showerKwh + cookingKwh + lightingKwh + dryingKwh + standbyKwh + appliancesKwh;
        // all the panels make counts, also what goes to the grid: there it replaces power from a plant, so
        // every kWh the house saves is worth the same, with or without panels (see SolarPanel)
        var solarKwh = choices.For(Co2Questions.Solar).Value * SolarPanel.Value / DaysPerYear;

        var gas = NaturalGas.Value;
        var power = Electricity.Value;
        Co2Line[] lines =
        [
            new(HeatingLine, "Verwarmen", heatingGas * gas + heatingKwh * power),
            new(ShowerLine, "Warm water om te douchen", showerGas * gas + showerKwh * power),
            new(CookingLine, "Koken", cookingGas * gas + cookingKwh * power),
            new(LightingLine, "Licht", lightingKwh * power),
            new(DryingLine, "Was drogen", dryingKwh * power),
            new(StandbyLine, "Apparaten op stand-by", standbyKwh * power),
            new(AppliancesLine, "Koelkast, wasmachine, tv en computer", appliancesKwh * power),
            new(TravelLine, "Naar school en werk", travelKg),
            new(SolarLine, "Stroom van de eigen zonnepanelen", -solarKwh * power),
        ];
        return new Co2Day(lines, heatingGas + showerGas + cookingGas, houseKwh, solarKwh);
    }

    /// <summary>What <paramref name="question"/>'s answer adds (positive) or saves (negative) compared with the
    /// reference answer, the other answers staying as they are.</summary>
    public static double Effect(Co2Choices choices, Co2Question question)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(question);
        return Calculate(choices).TotalKg - Calculate(choices.With(question, question.ReferenceKey)).TotalKg;
    }
}
