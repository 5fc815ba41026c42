namespace HoeWerktMijnStad.Web.Features.Passports;

public static class PassportLinks
{
    public const string Classes = "/mijn/klassen";

    public static string Passport(int classId) => $"/mijn/klassen/{classId}/paspoort";

    public static string Certificate(int classId) => $"/mijn/klassen/{classId}/paspoort/oorkonde";

    public static string Source(Data.Passports.StampSource source) => source switch
    {
        Data.Passports.StampSource.Visit => "bezoek",
        Data.Passports.StampSource.Lesson => "lesbrief",
        _ => "door de leerkracht",
    };
}
