namespace HoeWerktMijnStad.Data.Bookings;

/// <summary>The checklist every booking starts from (seed 000: what school and company are each expected to
/// do before, on and after the day). The programme leader edits it afterwards.</summary>
internal static class StandardChecklist
{
    private const ChecklistSide School = ChecklistSide.School;
    private const ChecklistSide Company = ChecklistSide.Company;
    private const ChecklistPhase Before = ChecklistPhase.Before;
    private const ChecklistPhase OnTheDay = ChecklistPhase.OnTheDay;
    private const ChecklistPhase After = ChecklistPhase.After;

    public static readonly ChecklistTemplateItem[] Items =
    [
        Item(1, School, Before, 1, "De leerlingen kennen de veiligheidsregels van het bezoek en weten wat ze aantrekken (dichte schoenen).", confirm: true),
        Item(2, School, Before, 2, "Er gaan genoeg begeleiders mee: minstens één volwassene per acht leerlingen.", confirm: true),
        Item(3, School, Before, 3, "De toestemming voor foto's is nagekeken; de begeleiders weten wie niet op de foto mag.", confirm: true),
        Item(4, School, Before, 4, "De contactpersoon van de school voor de dag zelf is aan het bedrijf doorgegeven."),
        Item(5, School, Before, 5, "Het vervoer en de vertrektijd zijn geregeld."),
        Item(6, School, Before, 6, "De leerlingen hebben vragen voorbereid bij de leerdoelen."),
        Item(7, School, Before, 7, "Bijzonderheden (toegankelijkheid, dieetwensen bij een lunch) zijn doorgegeven."),
        Item(8, School, OnTheDay, 1, "De klas is op tijd op het verzamelpunt en de aanwezigheid is gecontroleerd."),
        Item(9, School, OnTheDay, 2, "Elke begeleider blijft bij zijn eigen groepje."),
        Item(10, School, After, 1, "Het bedrijf is bedankt (een kaart of een mail van de klas)."),
        Item(11, School, After, 2, "In een vervolgles is besproken wat de leerlingen zagen en welke beroepen ze tegenkwamen."),
        Item(12, School, After, 3, "De evaluatie is ingevuld.", ticks: ChecklistEvent.EvaluationSent),
        Item(13, Company, Before, 1, "Een gastheer of gastvrouw is genoemd, met telefoonnummer voor de dag zelf."),
        Item(14, Company, Before, 2, "De route, de plek voor fietsen of de bus en het verzamelpunt zijn naar de school gestuurd."),
        Item(15, Company, Before, 3, "Veiligheidsinstructie en beschermingsmiddelen (helmen, hesjes, brillen) liggen klaar voor de hele groep."),
        Item(16, Company, Before, 4, "Het programma staat en de klas is in kleine groepjes verdeeld, elk met een vakman of vakvrouw."),
        Item(17, Company, Before, 5, "Lunch of drinken is geregeld, als dat is afgesproken."),
        Item(18, Company, Before, 6, "De route in het gebouw is nagelopen op toegankelijkheid."),
        Item(19, Company, OnTheDay, 1, "De veiligheidsinstructie is gegeven voordat de rondleiding begint."),
        Item(20, Company, OnTheDay, 2, "Vakmensen vertellen over hun werk en hoe ze het geleerd hebben."),
        Item(21, Company, After, 1, "De school is bedankt en heeft materiaal voor een vervolgles gekregen."),
        Item(22, Company, After, 2, "De evaluatie is ingevuld.", ticks: ChecklistEvent.EvaluationSent),
        Item(23, School, Before, 8, "Het bedrijf heeft het bezoek bevestigd.", ticks: ChecklistEvent.Confirmed),
        Item(24, Company, Before, 7, "De herinnering met de open punten is twee dagen vooraf verstuurd.", ticks: ChecklistEvent.ReminderSent),
    ];

    private static ChecklistTemplateItem Item(int id, ChecklistSide side, ChecklistPhase phase, int position, string text, bool confirm = false,
        ChecklistEvent? ticks = null) =>
        new() { Id = id, Side = side, Phase = phase, Position = position, Text = text, ConfirmOnApply = confirm, TicksOn = ticks };
}
