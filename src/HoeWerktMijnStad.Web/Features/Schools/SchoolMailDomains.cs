namespace HoeWerktMijnStad.Web.Features.Schools;

/// <summary>The mail domains that prove a teacher works at a school. Only an exact match counts: a subdomain such
/// as "leerling.school.nl" may be the pupils' own, and free-mail domains prove nothing, so they cannot be added.</summary>
public static class SchoolMailDomains
{
    private static readonly HashSet<string> FreeMail = new(StringComparer.Ordinal)
    {
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.nl", "outlook.com", "outlook.nl", "live.com", "live.nl",
        "msn.com", "yahoo.com", "yahoo.nl", "icloud.com", "me.com", "proton.me", "protonmail.com", "ziggo.nl", "kpnmail.nl",
        "planet.nl", "home.nl", "xs4all.nl", "hetnet.nl", "casema.nl", "upcmail.nl", "tele2.nl", "online.nl", "gmx.com", "gmx.net",
    };

    /// <summary>The domain part of an address, lower case; null when there is none.</summary>
    public static string? DomainOf(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at <= 0 || at == email!.Length - 1 ? null : email[(at + 1)..].Trim().ToLowerInvariant();
    }

    public static bool Matches(string? email, IEnumerable<string> domains) =>
        DomainOf(email) is { } domain && domains.Contains(domain, StringComparer.Ordinal);

    /// <summary>Parses "school.nl | andere-school.nl" (also commas, semicolons, spaces or new lines); each wrong
    /// domain gives a message and is left out.</summary>
    public static (List<string> Domains, List<string> Errors) Parse(string? text)
    {
        var domains = new List<string>();
        var errors = new List<string>();
        foreach (var raw in (text ?? "").Split(['|', ',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var domain = raw.Trim().TrimStart('@').TrimEnd('.').ToLowerInvariant();
            if (!IsDomain(domain))
            {
                errors.Add($"'{raw}' is geen maildomein. Schrijf het deel na de @, zoals stadsmakers.nl.");
            }
            else if (FreeMail.Contains(domain))
            {
                errors.Add($"{domain} is een gratis maildienst: iedereen kan daar een adres maken, dus het bewijst niets over de school.");
            }
            else if (!domains.Contains(domain))
            {
                domains.Add(domain);
            }
        }

        return (domains, errors);
    }

    public static string Format(IEnumerable<string> domains) => string.Join(" | ", domains);

    private static bool IsDomain(string domain) =>
        domain.Length is > 3 and <= 253 && domain.Contains('.') && !domain.StartsWith('.') && !domain.Contains("..", StringComparison.Ordinal)
        && domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.');
}
