using System.Globalization;
using System.Text;

namespace HoeWerktMijnStad.Web.Infrastructure.Input;

/// <summary>The URL name of a partner, from its name: "Installatiebedrijf Van Dijk & Zn." becomes
/// "installatiebedrijf-van-dijk-zn". The same pattern as the database's check.</summary>
public static class Slugs
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static string From(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        var slug = text.ToString().Trim('-');
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }
}
