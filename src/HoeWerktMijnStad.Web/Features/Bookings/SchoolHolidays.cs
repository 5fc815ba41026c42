using HoeWerktMijnStad.Data;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

public sealed record Holiday(string Key, string Name, DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly day) => day >= First && day <= Last;
}

/// <summary>School holidays of region Noord (Amsterdam and surroundings), kept by the programme leader on
/// /beheer/vakanties (table school_holidays). A partner planning a weekly series ticks the ones to skip.</summary>
public static class SchoolHolidays
{
    /// <summary>The holidays that have not ended before <paramref name="from"/>, in order.</summary>
    public static async Task<List<Holiday>> LoadAsync(AppDbContext db, DateOnly from, CancellationToken cancellationToken = default) =>
        await db.SchoolHolidays.AsNoTracking().Where(h => h.Last >= from).OrderBy(h => h.First)
            .Select(h => new Holiday(h.Key, h.Name, h.First, h.Last)).ToListAsync(cancellationToken);
}

/// <summary>The programme leader's form for a school holiday.</summary>
public sealed class SchoolHolidayInput
{
    public string? Name { get; set; }
    public DateOnly? First { get; set; }
    public DateOnly? Last { get; set; }
}

/// <summary>Adds and removes school holidays; every change is in the audit log. Field errors name their field.</summary>
public static class SchoolHolidayList
{
    public const int MaxDays = 70;

    public static async Task<IReadOnlyList<(string Field, string Message)>> AddAsync(AppDbContext db, System.Security.Claims.ClaimsPrincipal user, SchoolHolidayInput input, CancellationToken cancellationToken = default)
    {
        var name = input.Name?.Trim() ?? "";
        List<(string, string)> errors = [];
        if (name.Length is < 3 or > 100)
        {
            errors.Add((nameof(input.Name), "Geef de vakantie een naam van 3 tot 100 tekens, bijvoorbeeld \"Kerstvakantie 2027\"."));
        }

        if (input.First is null)
        {
            errors.Add((nameof(input.First), "Kies de eerste dag van de vakantie."));
        }

        if (input.Last is null)
        {
            errors.Add((nameof(input.Last), "Kies de laatste dag van de vakantie."));
        }
        else if (input.First is { } first && (input.Last < first || input.Last.Value.DayNumber - first.DayNumber > MaxDays))
        {
            errors.Add((nameof(input.Last), $"De laatste dag ligt op of na de eerste, en een vakantie duurt hoogstens {MaxDays} dagen."));
        }

        var key = Key(name, input.First);
        if (errors.Count == 0 && await db.SchoolHolidays.AnyAsync(h => h.Key == key || (h.First == input.First && h.Last == input.Last), cancellationToken))
        {
            errors.Add((nameof(input.Name), "Deze vakantie staat er al."));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        db.SchoolHolidays.Add(new Data.Bookings.SchoolHoliday { Key = key, Name = name, First = input.First!.Value, Last = input.Last!.Value });
        Audit.AuditLog.Record(db, user, "Schoolvakantie toegevoegd", $"{name} ({input.First:yyyy-MM-dd} t/m {input.Last:yyyy-MM-dd})");
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public static async Task<string?> RemoveAsync(AppDbContext db, System.Security.Claims.ClaimsPrincipal user, int id, CancellationToken cancellationToken = default)
    {
        if (await db.SchoolHolidays.SingleOrDefaultAsync(h => h.Id == id, cancellationToken) is not { } holiday)
        {
            return null;
        }

        db.SchoolHolidays.Remove(holiday);
        Audit.AuditLog.Record(db, user, "Schoolvakantie verwijderd", holiday.Name);
        await db.SaveChangesAsync(cancellationToken);
        return holiday.Name;
    }

    // "kerstvakantie-2027-12-18": readable in the series form's field names, unique per name and start
    private static string Key(string name, DateOnly? first)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        slug = slug.Length > 45 ? slug[..45] : slug;
        return $"{slug}-{first:yyyy-MM-dd}";
    }
}
