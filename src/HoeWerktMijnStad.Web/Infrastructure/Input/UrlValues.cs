using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Web.Infrastructure.Input;

/// <summary>The values the catalogue's vocabulary takes in URLs (filters, the map API): short, Dutch, stable.</summary>
public static class UrlValues
{
    public static readonly IReadOnlyDictionary<string, Theme> Themes = new Dictionary<string, Theme>(StringComparer.OrdinalIgnoreCase)
    {
        ["gebouwde-omgeving"] = Theme.GebouwdeOmgeving,
        ["mobiliteit"] = Theme.Mobiliteit,
        ["energie"] = Theme.Energie,
    };

    public static readonly IReadOnlyDictionary<string, EducationLevel> Levels = new Dictionary<string, EducationLevel>(StringComparer.OrdinalIgnoreCase)
    {
        ["po"] = EducationLevel.Po,
        ["vmbo"] = EducationLevel.Vmbo,
        ["havo-vwo"] = EducationLevel.HavoVwo,
        ["mbo"] = EducationLevel.Mbo,
        ["hbo"] = EducationLevel.Hbo,
    };

    public static readonly IReadOnlyDictionary<string, PartnerKind> PartnerKinds = new Dictionary<string, PartnerKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["installatiebedrijf"] = PartnerKind.InstallationCompany,
        ["netbeheerder"] = PartnerKind.GridOperator,
        ["nutsbedrijf"] = PartnerKind.Utility,
        ["onderwijs"] = PartnerKind.Education,
        ["bouw"] = PartnerKind.Construction,
        ["overig"] = PartnerKind.Other,
    };

    public static readonly IReadOnlyDictionary<string, ActivityType> ActivityTypes = new Dictionary<string, ActivityType>(StringComparer.OrdinalIgnoreCase)
    {
        ["bedrijfsbezoek"] = ActivityType.CompanyVisit,
        ["gastles"] = ActivityType.GuestLesson,
        ["workshop"] = ActivityType.Workshop,
        ["miniproject"] = ActivityType.MiniProject,
        ["techlab-les"] = ActivityType.TechLabLesson,
        ["werkplekbezoek"] = ActivityType.WorksiteVisit,
        ["kinderfeestje"] = ActivityType.KidsParty,
    };

    public static readonly IReadOnlyDictionary<string, SchoolType> SchoolTypes = new Dictionary<string, SchoolType>(StringComparer.OrdinalIgnoreCase)
    {
        ["basisschool"] = SchoolType.Primary,
        ["middelbare-school"] = SchoolType.Secondary,
        ["mbo"] = SchoolType.Vocational,
        ["hogeschool"] = SchoolType.HigherVocational,
    };

    public static readonly IReadOnlyDictionary<string, SiteKind> SiteKinds = new Dictionary<string, SiteKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["kantoor"] = SiteKind.Office,
        ["techlab"] = SiteKind.TechLab,
        ["praktijklokaal"] = SiteKind.PracticeRoom,
        ["opleidingslocatie"] = SiteKind.TrainingLocation,
        ["installatie"] = SiteKind.UtilityPlant,
    };

    public static string Of(Theme value) => KeyOf(Themes, value);

    public static string Of(SiteKind value) => KeyOf(SiteKinds, value);

    public static string Of(EducationLevel value) => KeyOf(Levels, value);

    public static string Of(PartnerKind value) => KeyOf(PartnerKinds, value);

    public static string Of(ActivityType value) => KeyOf(ActivityTypes, value);

    public static string Of(SchoolType value) => KeyOf(SchoolTypes, value);

    private static string KeyOf<T>(IReadOnlyDictionary<string, T> map, T value)
        where T : struct, Enum => map.First(pair => pair.Value.Equals(value)).Key;
}
