using static HoeWerktMijnStad.Web.Features.Family.Co2Game.Co2Factors;

namespace HoeWerktMijnStad.Web.Features.Family.Co2Game;

public static partial class Co2Questions
{
    public static readonly Co2Question Thermostat = new(
        "thermostaat", "'s Ochtends", "De thermostaat", "Op hoeveel graden zetten jullie de thermostaat?",
        "Zet de thermostaat een graad lager en trek een trui aan. 's Nachts en als niemand thuis is kan hij op 15 graden.",
        "20",
        [
            new("22", "22 graden: warm genoeg voor een T-shirt",
                "Elke graad warmer kost ongeveer 7% meer warmte. Hoe warmer het binnen is, hoe sneller de warmte naar buiten lekt.", 22),
            new("20", "20 graden: zoals in veel huizen",
                "20 graden is in veel huizen gewoon. Het kan nog een graadje minder, met een trui aan.", 20),
            new("19", "19 graden, met een trui aan",
                "Een graad lager scheelt ongeveer 7% van de warmte. Een trui houdt je net zo warm.", 19),
            new("18", "18 graden, met een dikke trui en sloffen",
                "Twee graden lager scheelt ongeveer 14% van de warmte. Kouder dan 18 graden is niet fijn meer als je stilzit.", 18),
        ]);

    public static readonly Co2Question Shower = new(
        "douche", "'s Ochtends", "Douchen", "Hoe lang doucht iedereen?",
        "Douche 5 minuten: kies een liedje dat zo lang duurt. Een waterbesparende douchekop helpt ook.",
        "8min",
        [
            new("15min", "15 minuten: lekker lang",
                "Een douche gebruikt bijna 8 liter warm water per minuut. Al dat water moet je opwarmen, en dat kost gas of stroom.", 15 * ShowerFlow.Value),
            new("8min", "8 minuten: zoals de meeste mensen",
                "Gemiddeld douchen we ruim 7 minuten met zo'n 57 liter warm water. Dat is het meeste warme water in huis.", 8 * ShowerFlow.Value),
            new("5min", "5 minuten",
                "Korter douchen betekent minder warm water, en dus minder gas of stroom om het op te warmen.", 5 * ShowerFlow.Value),
            new("5min-bespaar", "5 minuten, met een waterbesparende douchekop",
                "Een bespaardouchekop mengt lucht door het water. Je wordt net zo nat, met minder warm water.", 5 * WaterSavingShowerFlow.Value),
        ]);

    public static readonly Co2Question Travel = new(
        "reizen", "'s Ochtends", "Naar school en werk", "Hoe gaan jullie naar school en werk?",
        "Pak de fiets, de tram of de trein naar school en werk. Moet het toch met de auto, rij dan samen.",
        "benzineauto",
        [
            new("benzineauto", "Met de benzineauto",
                "Een benzineauto rijdt ongeveer 15 kilometer op een liter benzine. Elke liter die hij verbrandt geeft 2,74 kg CO2.", PetrolCarKgPerKm),
            new("elektrische-auto", "Met de elektrische auto",
                "Een elektrische auto is veel zuiniger. Maar stroom uit het stopcontact komt nog voor een deel uit gascentrales.", ElectricCarKgPerKm),
            new("bus", "Met de bus",
                "Een bus neemt veel mensen tegelijk mee. Per reiziger is dat minder CO2 dan alleen in een auto.", Bus.Value),
            new("tram-trein", "Met de tram, metro of trein",
                "Trams, metro's en elektrische treinen rijden in Nederland op groene stroom van windmolens en zonnepanelen.", TramMetroTrain.Value),
            new("fiets", "Op de fiets of lopend",
                "Fietsen en lopen kosten geen CO2, alleen wat energie van je ontbijt. In de stad ben je er vaak net zo snel.", 0),
        ]);

    public static readonly Co2Question Cooking = new(
        "koken", "'s Avonds", "Koken", "Waarop koken jullie het avondeten?",
        "Kook op inductie, zeker als er zonnepanelen op het dak liggen.",
        "gas",
        [
            new("gas", "Op gas",
                "Een gaspit verbrandt aardgas. Veel van de warmte gaat langs de pan de keuken in.", 0),
            new("inductie", "Op inductie",
                "Inductie maakt de pan zelf warm, bijna zonder verlies. Met de stroom van nu is dat ongeveer evenveel CO2 als koken op gas; met zonnepanelen veel minder.", 1),
        ]);

    public static readonly Co2Question Lighting = new(
        "licht", "'s Avonds", "Het licht", "Welke lampen branden er 's avonds?",
        "Vervang de laatste halogeenlampen door ledlampen, en doe het licht uit als je de kamer uit gaat.",
        "half-led",
        [
            new("halogeen", "Gloeilampen en halogeenlampen",
                "Een halogeenlamp wordt heet: het meeste van de stroom wordt warmte in plaats van licht.", LampHours.Value * HalogenLamp.Value / 1000),
            new("half-led", "Half halogeen, half led",
                "De ledlampen zijn al zuinig, de halogeenlampen nog niet.", LampHours.Value * (HalogenLamp.Value + LedLamp.Value) / 2 / 1000),
            new("led", "Allemaal ledlampen",
                "Een ledlamp geeft net zoveel licht met zo'n 7 keer minder stroom.", LampHours.Value * LedLamp.Value / 1000),
            new("led-uit", "Allemaal led, en het licht uit als je de kamer uit gaat",
                "Een lamp die uit is, gebruikt niets. Zo branden de lampen maar half zo lang.", LampHours.Value / 2 * LedLamp.Value / 1000),
        ]);

    public static readonly Co2Question Drying = new(
        "drogen", "'s Avonds", "De was", "Hoe drogen jullie de was?",
        "Hang de was aan de lijn of op een rekje. Moet het toch in de droger, kies dan een warmtepompdroger.",
        "droger",
        [
            new("droger", "In een gewone wasdroger",
                "Een gewone droger maakt de lucht warm met een elektrisch element, net als een föhn. Dat kost veel stroom.", Dryer.Value),
            new("warmtepompdroger", "In een warmtepompdroger",
                "Een warmtepompdroger gebruikt zijn eigen warmte opnieuw. Dezelfde was kost ongeveer de helft van de stroom.", HeatPumpDryer.Value),
            new("waslijn", "Aan de waslijn of op een rekje",
                "De wind en de zon drogen de was voor niets en zonder CO2.", 0),
        ]);

    public static readonly Co2Question StandbyUse = new(
        "standby", "Voor het slapengaan", "Apparaten uit?", "Wat doen jullie met de tv, de spelcomputer en de opladers?",
        "Zet de tv, de spelcomputer en de opladers met een stekkerdoos met knop echt uit.",
        "standby",
        [
            new("standby", "Ze blijven op stand-by",
                "Op stand-by lijkt een apparaat uit, maar het lampje verraadt het: het gebruikt dag en nacht een beetje stroom.", Standby.Value),
            new("uit", "Met de stekkerdoos helemaal uit",
                "Met een stekkerdoos met knop gaan de apparaten echt uit. Alleen het modem blijft aan.", StandbyOff.Value),
        ]);
}
