using HoeWerktMijnStad.Data;
using Microsoft.EntityFrameworkCore;

using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

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

/// <summary>The programme leader adds and removes school holidays; every change is in the audit log. Field errors
/// name their field.</summary>
public sealed class SchoolHolidayList(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int MaxDays = 70;

    /// <returns>The holiday's name.</returns>
    public async Task<Outcome<string>> AddAsync(System.Security.Claims.ClaimsPrincipal user, SchoolHolidayInput input, CancellationToken cancellationToken = default)
    {
        var name = input.Name?.Trim() ?? "";
        List<FieldError> errors = [];
        if (name.Length is < 3 or > 100)
        {
            errors.Add(new FieldError(nameof(input.Name), "HolidayNameLength"));
        }

        if (input.First is null)
        {
            errors.Add(new FieldError(nameof(input.First), "HolidayFirstMissing"));
        }

        if (input.Last is null)
        {
            errors.Add(new FieldError(nameof(input.Last), "HolidayLastMissing"));
        }
        else if (input.First is { } first && (input.Last < first || input.Last.Value.DayNumber - first.DayNumber > MaxDays))
        {
            errors.Add(new FieldError(nameof(input.Last), "HolidayLastInvalid", MaxDays));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = Key(name, input.First);
        if (errors.Count == 0 && await db.SchoolHolidays.AnyAsync(h => h.Key == key || (h.First == input.First && h.Last == input.Last), cancellationToken))
        {
            errors.Add(new FieldError(nameof(input.Name), "SchoolHolidayExists"));
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        db.SchoolHolidays.Add(new Data.Bookings.SchoolHoliday { Key = key, Name = name, First = input.First!.Value, Last = input.Last!.Value });
        Infrastructure.Audit.AuditLog.Record(db, user, "Schoolvakantie toegevoegd", $"{name} ({input.First:yyyy-MM-dd} t/m {input.Last:yyyy-MM-dd})");
        // the unique key: the same holiday added twice at once
        return await db.TrySaveChangesAsync(cancellationToken) ? name : new FieldError(nameof(input.Name), "SchoolHolidayExists");
    }

    /// <returns>The removed holiday's name, or null when it was removed before.</returns>
    public async Task<string?> RemoveAsync(System.Security.Claims.ClaimsPrincipal user, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.SchoolHolidays.SingleOrDefaultAsync(h => h.Id == id, cancellationToken) is not { } holiday)
        {
            return null;
        }

        db.SchoolHolidays.Remove(holiday);
        Infrastructure.Audit.AuditLog.Record(db, user, "Schoolvakantie verwijderd", holiday.Name);
        return await db.TrySaveChangesAsync(cancellationToken) ? holiday.Name : null;
    }

    // "kerstvakantie-2027-12-18": readable in the series form's field names, unique per name and start
    private static string Key(string name, DateOnly? first)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        slug = slug.Length > 45 ? slug[..45] : slug;
        return $"{slug}-{first:yyyy-MM-dd}";
    }
}
