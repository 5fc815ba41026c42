using HoeWerktMijnStad.Data.Catalogue;
using static HoeWerktMijnStad.Data.Catalogue.ActivityType;
using static HoeWerktMijnStad.Data.Catalogue.SiteKind;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>Generates each demo partner's offer from a few templates: two activities picked by the partner's
/// kind and audience, a kids' party for some partners with a TechLab or practice room, and a worksite visit for
/// every worksite that has not finished yet.</summary>
internal static class DemoActivities
{
    private static readonly SiteKind[] VisitPlaces = [UtilityPlant, Office, TrainingLocation, PracticeRoom, TechLab];
    private static readonly SiteKind[] WorkshopPlaces = [PracticeRoom, TechLab, TrainingLocation, Office, UtilityPlant];
    private static readonly SiteKind[] HandsOnPlaces = [TechLab, PracticeRoom];
    private static readonly SiteKind[] LabPlaces = [TechLab];

    public static void AddTo(Partner partner, PartnerRow row, int index, DateOnly today)
    {
        var candidates = Preferred(partner.Kind).Where(type => Fits(type, partner)).ToList();
        partner.Activities.Add(Create(candidates[0], partner, row.Topic, index));
        partner.Activities.Add(Create(candidates[1 + (index % (candidates.Count - 1))], partner, row.Topic, index));

        if (Fits(KidsParty, partner) && (partner.Kind == PartnerKind.Education ? index % 2 == 1 : index % 8 == 0))
        {
            partner.Activities.Add(Create(KidsParty, partner, row.Topic, index));
        }

        foreach (var worksite in partner.Worksites.Where(w => w.EndDate >= today))
        {
            partner.Activities.Add(new Activity
            {
                Title = $"Bezoek aan de werkzaamheden: {worksite.Title}",
                Type = WorksiteVisit,
                Description = $"Je komt kijken bij de werkzaamheden ({worksite.Address}, {worksite.City}) terwijl ze aan de gang zijn. Een uitvoerder laat zien wat er gebeurt en vertelt welke vakmensen er werken.",
                Levels = [.. worksite.VisitLevels],
                Themes = [.. partner.Themes],
                MinGroupSize = Math.Min(6, worksite.MaxGroupSize),
                MaxGroupSize = worksite.MaxGroupSize,
                DurationMinutes = 90,
                Worksite = worksite,
            });
        }
    }

    /// <summary>The kind's signature activity first; the second is picked from the rest.</summary>
    private static ActivityType[] Preferred(PartnerKind kind) => kind switch
    {
        PartnerKind.InstallationCompany => [CompanyVisit, Workshop, MiniProject, GuestLesson],
        PartnerKind.GridOperator => [CompanyVisit, GuestLesson, Workshop, MiniProject],
        PartnerKind.Utility => [CompanyVisit, MiniProject, GuestLesson, Workshop],
        PartnerKind.Education => [TechLabLesson, Workshop, MiniProject, CompanyVisit],
        PartnerKind.Construction => [GuestLesson, CompanyVisit, Workshop, MiniProject],
        _ => [CompanyVisit, GuestLesson, MiniProject, Workshop],
    };

    private static bool Fits(ActivityType type, Partner partner) => type switch
    {
        Workshop => partner.AudienceLevels.Contains(EducationLevel.Vmbo),
        MiniProject => partner.AudienceLevels.Contains(EducationLevel.Po),
        TechLabLesson => partner.Sites.Any(s => s.Kind == TechLab),
        KidsParty => partner.AudienceLevels.Contains(EducationLevel.Po) && Place(partner, HandsOnPlaces) is not null,
        _ => true,
    };

    private static Site? Place(Partner partner, SiteKind[] preference) =>
        preference.Select(kind => partner.Sites.FirstOrDefault(s => s.Kind == kind)).FirstOrDefault(s => s is not null);

    private static Activity Create(ActivityType type, Partner partner, string topic, int index)
    {
        var variant = index % 3;
        var name = partner.Name;
        (Site? Site, List<EducationLevel> Levels, int Min, int Max, int Minutes) spec = type switch
        {
            CompanyVisit when Place(partner, VisitPlaces) is { Kind: UtilityPlant } plant => (plant, partner.AudienceLevels, 10, 24, 150),
            CompanyVisit => (Place(partner, VisitPlaces), partner.AudienceLevels, 8, 20, 120),
            GuestLesson => (null, partner.AudienceLevels, 10, 28, 60),
            Workshop => (Place(partner, WorkshopPlaces), [EducationLevel.Vmbo], 8, 16, 180),
            MiniProject => (Place(partner, HandsOnPlaces), [EducationLevel.Po], 10, 24, 90),
            TechLabLesson => (Place(partner, LabPlaces), LabLevels(partner.AudienceLevels), 8, 16, 120),
            KidsParty => (Place(partner, HandsOnPlaces), [EducationLevel.Po], 4, 12, 150),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Worksite visits are made per worksite."),
        };
        var where = spec.Site?.Name ?? "onze werkplaats";
        var (title, description) = (type, variant) switch
        {
            (CompanyVisit, 0) => ($"Bedrijfsbezoek {name}: {topic}",
                $"Een rondleiding door {where} waarin je ziet hoe onze vakmensen werken aan {topic}. Je stelt vragen aan een monteur en probeert zelf iets uit."),
            (CompanyVisit, 1) => ($"Kijkje achter de schermen bij {name}",
                $"Je loopt een ochtend mee op {where}. Je ziet wat er allemaal komt kijken bij {topic} en ontdekt welke beroepen daarbij horen."),
            (CompanyVisit, _) => ($"Rondleiding: alles over {topic}",
                $"Tijdens deze rondleiding door {where} zie je {topic} in de praktijk. We sluiten af met een korte quiz en een vragenrondje."),
            (GuestLesson, 0) => ($"Gastles: {topic}",
                $"Een vakman van {name} komt naar jullie school en vertelt over {topic}, met filmpjes en materialen om vast te houden. Daarna gaan de leerlingen zelf aan de slag met een korte opdracht."),
            (GuestLesson, 1) => ($"Een vakman van {name} in de klas",
                $"In deze gastles vertelt een medewerker van {name} over het werk en over {topic}. De leerlingen stellen vragen en doen een proefje in de klas."),
            (GuestLesson, _) => ($"Gastles over {topic} voor jouw klas",
                $"Een gastles op school over {topic} en de energietransitie, met een echte monteur, een doe-opdracht en tips over beroepen in de techniek."),
            (Workshop, 0) => ($"Workshop: aan de slag met {topic}",
                $"Voor vmbo-leerlingen uit leerjaar 3 en 4. In kleine groepjes werk je een middag met echt gereedschap aan een opdracht over {topic}, begeleid door een vakman."),
            (Workshop, 1) => ($"Praktijkworkshop vmbo 3-4: {topic}",
                $"Een workshop voor vmbo leerjaar 3 en 4 in {where}. Je monteert, meet en test zelf, en krijgt een bewijs van deelname voor je loopbaandossier."),
            (Workshop, _) => ($"Workshop vakmanschap: {topic}",
                $"Vmbo-leerlingen uit leerjaar 3 en 4 doen een halve dag het werk van een vakman, met een echte opdracht over {topic} en een eindcheck door een leermeester."),
            (MiniProject, 1) => ($"Ontdekproject voor groep 7 en 8: {topic}",
                $"In negentig minuten bouwen leerlingen van groep 7 en 8 een werkend model en ontdekken ze wat {topic} met hun eigen huis en straat te maken heeft."),
            (MiniProject, _) => ($"Miniproject groep 7-8: {topic}",
                $"Een miniproject van anderhalf uur voor groep 7 en 8. De leerlingen onderzoeken {topic} met een proefje en een bouwopdracht en presenteren hun uitvinding aan elkaar."),
            (TechLabLesson, 1) => ($"Uitvinden in {where}",
                $"Een les vol ontwerpen, bouwen en testen rond {topic}. Aan het eind neem je je eigen ontwerp mee naar huis."),
            (TechLabLesson, _) => ($"TechLab-les: {topic}",
                $"In {where} werk je in tweetallen aan een opdracht met 3D-printer, soldeerbout of bouwpakket. Een docent en leerlingen van het lab helpen je op weg."),
            _ => ($"Kinderfeestje in {where}",
                "Vier je verjaardag met techniek! Op woensdagmiddag of in het weekend bouw je met je vrienden een lamp, robotje of raket om mee naar huis te nemen. Limonade en iets lekkers horen erbij."),
        };

        return new Activity
        {
            Title = title,
            Type = type,
            Description = description,
            Levels = [.. spec.Levels],
            Themes = [.. partner.Themes],
            MinGroupSize = spec.Min,
            MaxGroupSize = spec.Max,
            DurationMinutes = spec.Minutes,
            Site = spec.Site,
        };
    }

    private static List<EducationLevel> LabLevels(List<EducationLevel> audience)
    {
        List<EducationLevel> young = [.. audience.Where(l => l is EducationLevel.Po or EducationLevel.Vmbo or EducationLevel.HavoVwo)];
        return young.Count > 0 ? young : audience;
    }
}
