using HoeWerktMijnStad.Data.Agenda;

namespace HoeWerktMijnStad.Web.Features.Agenda;

/// <summary>The agenda's words for types and audiences, and their web names in filters and feed addresses.</summary>
public static class AgendaLabels
{
    public const string Root = "/agenda";

    public static string Of(EventType type) => type switch
    {
        EventType.OpenDay => "Open dag",
        EventType.TeacherConversation => "Docentengesprek",
        EventType.OnlineSession => "Online sessie",
        EventType.Workshop => "Workshop voor docenten",
        EventType.Matchmaking => "Matchmakingdag",
        _ => type.ToString(),
    };

    public static string Of(EventAudience audience) => audience switch
    {
        EventAudience.Everyone => "Iedereen in de kolom",
        EventAudience.Teachers => "Docenten po, vmbo en mbo",
        EventAudience.PrimaryTeachers => "Leerkrachten po",
        EventAudience.SecondaryTeachers => "Docenten vmbo",
        EventAudience.VocationalTeachers => "Docenten mbo",
        EventAudience.Companies => "Bedrijven",
        _ => audience.ToString(),
    };

    public static string Slug(EventType type) => type switch
    {
        EventType.OpenDay => "open-dag",
        EventType.TeacherConversation => "docentengesprek",
        EventType.OnlineSession => "online-sessie",
        EventType.Workshop => "workshop",
        EventType.Matchmaking => "matchmaking",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static string Slug(EventAudience audience) => audience switch
    {
        EventAudience.Everyone => "iedereen",
        EventAudience.Teachers => "docenten",
        EventAudience.PrimaryTeachers => "po",
        EventAudience.SecondaryTeachers => "vmbo",
        EventAudience.VocationalTeachers => "mbo",
        EventAudience.Companies => "bedrijven",
        _ => audience.ToString().ToLowerInvariant(),
    };

    public static EventType? TypeOf(string? slug) =>
        Enum.GetValues<EventType>().Cast<EventType?>().FirstOrDefault(t => Slug(t!.Value) == slug);

    public static EventAudience? AudienceOf(string? slug) =>
        Enum.GetValues<EventAudience>().Cast<EventAudience?>().FirstOrDefault(a => Slug(a!.Value) == slug);

    public static string Url(int id) => $"{Root}/{id}";
}
