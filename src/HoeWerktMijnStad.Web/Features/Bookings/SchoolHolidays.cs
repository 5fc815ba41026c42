namespace HoeWerktMijnStad.Web.Features.Bookings;

public sealed record Holiday(string Key, string Name, DateOnly First, DateOnly Last);

/// <summary>School holidays of region Noord (Amsterdam and surroundings), from rijksoverheid.nl's
/// schoolvakanties 2026-2027. A partner planning a weekly series ticks the ones to skip.</summary>
public static class SchoolHolidays
{
    public static readonly IReadOnlyList<Holiday> All =
    [
        new("kerst-2026", "Kerstvakantie 2026", new DateOnly(2026, 12, 19), new DateOnly(2027, 1, 3)),
        new("voorjaar-2027", "Voorjaarsvakantie 2027", new DateOnly(2027, 2, 20), new DateOnly(2027, 2, 28)),
        new("mei-2027", "Meivakantie 2027", new DateOnly(2027, 4, 24), new DateOnly(2027, 5, 2)),
        new("zomer-2027", "Zomervakantie 2027", new DateOnly(2027, 7, 17), new DateOnly(2027, 8, 29)),
        new("herfst-2027", "Herfstvakantie 2027", new DateOnly(2027, 10, 16), new DateOnly(2027, 10, 24)),
    ];
}
