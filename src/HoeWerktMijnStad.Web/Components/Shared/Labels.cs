using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Web.Components.Shared;

/// <summary>Dutch display names of the catalogue's vocabulary.</summary>
public static class Labels
{
    public static string Of(Theme theme) => theme switch
    {
        Theme.GebouwdeOmgeving => "Gebouwde omgeving",
        Theme.Mobiliteit => "Mobiliteit",
        Theme.Energie => "Energie",
        _ => theme.ToString(),
    };

    public static string Of(EducationLevel level) => level switch
    {
        EducationLevel.Po => "Basisonderwijs (po)",
        EducationLevel.Vmbo => "Vmbo",
        EducationLevel.HavoVwo => "Havo/vwo",
        EducationLevel.Mbo => "Mbo",
        EducationLevel.Hbo => "Hbo",
        _ => level.ToString(),
    };

    public static string Of(PartnerKind kind) => kind switch
    {
        PartnerKind.InstallationCompany => "Installatiebedrijf",
        PartnerKind.GridOperator => "Netbeheerder",
        PartnerKind.Utility => "Nutsbedrijf",
        PartnerKind.Education => "Onderwijs en TechLab",
        PartnerKind.Construction => "Bouwbedrijf",
        PartnerKind.Other => "Overig technisch bedrijf",
        _ => kind.ToString(),
    };

    public static string Of(SiteKind kind) => kind switch
    {
        SiteKind.Office => "Kantoor en werkplaats",
        SiteKind.TechLab => "TechLab",
        SiteKind.PracticeRoom => "Praktijklokaal",
        SiteKind.TrainingLocation => "Opleidingslocatie",
        SiteKind.UtilityPlant => "Installatie van een nutsbedrijf",
        _ => kind.ToString(),
    };

    public static string Of(ActivityType type) => type switch
    {
        ActivityType.CompanyVisit => "Bedrijfsbezoek",
        ActivityType.GuestLesson => "Gastles",
        ActivityType.Workshop => "Workshop",
        ActivityType.MiniProject => "Miniproject",
        ActivityType.TechLabLesson => "TechLab-les",
        ActivityType.WorksiteVisit => "Bezoek aan werkzaamheden",
        ActivityType.KidsParty => "Kinderfeestje",
        _ => type.ToString(),
    };

    public static string Of(SchoolType type) => type switch
    {
        SchoolType.Primary => "Basisschool",
        SchoolType.Secondary => "Middelbare school",
        SchoolType.Vocational => "Mbo-school",
        SchoolType.HigherVocational => "Hogeschool",
        _ => type.ToString(),
    };

    public static string Of(MapStatus status) => status switch
    {
        MapStatus.OnMap => "Op de kaart",
        MapStatus.OffMap => "Niet op de kaart",
        _ => status.ToString(),
    };

    public static string List<T>(IEnumerable<T> values, Func<T, string> label) => string.Join(", ", values.Select(label));
}
