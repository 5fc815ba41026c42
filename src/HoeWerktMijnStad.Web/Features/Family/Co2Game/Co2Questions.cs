using System.Globalization;
using static HoeWerktMijnStad.Web.Features.Family.Co2Game.Co2Factors;

namespace HoeWerktMijnStad.Web.Features.Family.Co2Game;

/// <summary>The questions of the game in the order of a day: first the house itself, then morning, day and
/// evening. Option values come from <see cref="Co2Factors"/>, so the panel and the model agree.</summary>
public static partial class Co2Questions
{
    public static readonly Co2Question Household = new(
        "mensen", "Jullie huis", "Wie wonen er?", "Met hoeveel mensen wonen jullie in huis?",
        "", "4",
        Enumerable.Range(1, 6).Select(n => new Co2Option(
            n.ToString(CultureInfo.InvariantCulture),
            n == 1 ? "1 persoon" : $"{n} personen",
            "Meer mensen in huis betekent meer douchen, koken en wassen. Het verwarmen blijft ongeveer hetzelfde: dat hangt vooral van het huis af.",
            n)).ToList());

    public static readonly Co2Question Insulation = new(
        "isolatie", "Jullie huis", "Het huis inpakken", "Hoe goed is jullie huis geïsoleerd?",
        "Isoleer het huis: het dak, de muren en de vloer. Een goed ingepakt huis heeft maar half zoveel warmte nodig.",
        "gewoon",
        [
            new("tochtig", "Oud en tochtig: enkel glas, geen isolatie",
                "Door dunne ramen en kale muren lekt de warmte naar buiten. De verwarming moet de hele dag bijstoken: ongeveer anderhalf keer zoveel als in een gewoon huis.", 1.5),
            new("gewoon", "Gewoon: dubbel glas en een beetje isolatie",
                "Zo zijn veel huizen in Nederland. Er lekt nog best wat warmte weg via het dak, de muren en de vloer.", 1.0),
            new("goed", "Goed ingepakt: dak, muren en vloer geïsoleerd, HR++-glas",
                "Isolatie is een dikke winterjas voor je huis: de warmte blijft binnen. Je hebt maar ongeveer de helft van de warmte nodig.", 0.5),
        ]);

    public static readonly Co2Question Heating = new(
        "verwarming", "Jullie huis", "De verwarming", "Waarmee verwarmen jullie het huis?",
        "Kies bij een nieuwe verwarming voor een warmtepomp, of eerst een hybride warmtepomp naast de ketel.",
        "ketel",
        [
            new("ketel", "Een cv-ketel op aardgas",
                "De ketel verbrandt aardgas. Bij het verbranden ontstaat CO2: 1,78 kg voor elke kubieke meter gas. Ook het douchewater komt uit de ketel.", 0),
            new("hybride", "Een hybride warmtepomp naast de ketel",
                "De warmtepomp doet het meeste werk, met stroom. Alleen als het heel koud is springt de ketel bij. Het douchewater komt nog uit de ketel.", HybridShare.Value / 100),
            new("warmtepomp", "Een warmtepomp, zonder cv-ketel",
                "Een warmtepomp haalt warmte uit de buitenlucht: een koelkast, maar dan andersom. Van 1 kWh stroom maakt hij 3,5 kWh warmte. Hij maakt ook het douchewater warm.", 1.0),
        ]);

    public static readonly Co2Question Solar = new(
        "zon", "Jullie huis", "Zonnepanelen", "Liggen er zonnepanelen op jullie dak?",
        "Leg zonnepanelen op het dak, of doe mee met een zonnedak in de buurt als jullie eigen dak niet geschikt is.",
        "geen",
        [
            new("geen", "Nee, geen zonnepanelen",
                "Zonder zonnepanelen komt alle stroom uit het net. Die stroom wordt nog voor een deel in gascentrales gemaakt.", 0),
            new("zes", "Ja, 6 zonnepanelen",
                "Zonnepanelen maken stroom van zonlicht, zonder CO2. 6 panelen maken gemiddeld ruim 5 kWh per dag: in de zomer veel, in de winter weinig.", 6),
            new("twaalf", "Ja, 12 zonnepanelen",
                "12 panelen maken gemiddeld ruim 11 kWh per dag. Wat jullie huis niet zelf gebruikt, gaat naar de buren: daar hoeft dan minder stroom uit een centrale te komen. Ook dat telt mee.", 12),
        ]);

    /// <summary>Every question, the household first.</summary>
    public static IReadOnlyList<Co2Question> All => Lists.All;

    /// <summary>The questions whose answer changes the CO2 of a household of a given size.</summary>
    public static IReadOnlyList<Co2Question> Choosable => Lists.Choosable;

    public static Co2Question? Find(string? key) => All.FirstOrDefault(q => string.Equals(q.Key, key, StringComparison.Ordinal));

    // The questions live in two files; the order in which the fields of a partial class are initialised across
    // files is not defined, so the lists are built in a nested class, after all fields are set.
    private static class Lists
    {
        public static readonly IReadOnlyList<Co2Question> All =
            [Household, Insulation, Heating, Solar, Thermostat, Shower, Travel, Cooking, Lighting, Drying, StandbyUse];

        public static readonly IReadOnlyList<Co2Question> Choosable = All.Skip(1).ToList();
    }
}
