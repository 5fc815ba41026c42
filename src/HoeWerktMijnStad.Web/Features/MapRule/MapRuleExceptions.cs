using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.MapRule;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>A holiday month the rule skips: a month, and a year or every year.</summary>
public sealed class HolidayInput
{
    public int Month { get; set; } = 7;
    public int? Year { get; set; }
    public string? Reason { get; set; }
}

/// <summary>A partner freed from the rule for one month, with a reason the partner reads.</summary>
public sealed class ExemptionInput
{
    public int? PartnerId { get; set; }
    public string? Month { get; set; }
    public string? Reason { get; set; }
}

/// <summary>The programme leader's exceptions to the monthly rule: holiday months for everyone and exemptions for one
/// partner. Each change is one transaction with its audit line.</summary>
public sealed class MapRuleExceptions(IDbContextFactory<AppDbContext> dbFactory, MonthlyMapRule rule, TimeProvider clock)
{
    public const string HolidayInvalid = "HolidayInvalid", HolidayExists = "HolidayExists", PartnerMissing = "ExemptionPartnerMissing",
        MonthMissing = "ExemptionMonthMissing", ReasonLength = "ExemptionReasonLength", ExemptionExists = "ExemptionExists";

    /// <returns>The holiday's name, for example "juli (elk jaar)".</returns>
    public async Task<Outcome<string>> AddHolidayAsync(HolidayInput input, ClaimsPrincipal leader, CancellationToken cancellationToken = default)
    {
        var reason = input.Reason?.Trim() ?? "";
        if (input.Month is < 1 or > 12 || input.Year is < 2020 or > 2100 || reason.Length > 200)
        {
            return new FieldError(nameof(HolidayInput.Month), HolidayInvalid);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.MapExemptMonths.Add(new MapExemptMonth { Month = input.Month, Year = input.Year, Reason = reason });
        var name = HolidayName(input.Year, input.Month);
        db.Record(leader, "Kaartregel: vakantiemaand toegevoegd", name);
        // the unique index on (month, year) refuses a second one, also when two arrive at once
        return await db.TrySaveChangesAsync(cancellationToken) ? name : new FieldError(nameof(HolidayInput.Month), HolidayExists);
    }

    /// <returns>The removed holiday's name, or null when it was removed before.</returns>
    public async Task<string?> RemoveHolidayAsync(int? id, ClaimsPrincipal leader, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.MapExemptMonths.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } holiday)
        {
            return null;
        }

        db.MapExemptMonths.Remove(holiday);
        db.Record(leader, "Kaartregel: vakantiemaand verwijderd", HolidayName(holiday.Year, holiday.Month));
        return await db.TrySaveChangesAsync(cancellationToken) ? HolidayName(holiday.Year, holiday.Month) : null;
    }

    /// <summary>Grants an exemption; for a month already closed, the partner it took off the map comes back.</summary>
    public async Task<Outcome<GrantedExemption>> GrantAsync(ExemptionInput input, ClaimsPrincipal leader, CancellationToken cancellationToken = default)
    {
        var reason = input.Reason?.Trim() ?? "";
        var month = MapMonth.Parse(input.Month);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partner = input.PartnerId is { } partnerId ? await db.Partners.SingleOrDefaultAsync(p => p.Id == partnerId, cancellationToken) : null;
        List<FieldError> errors = [];
        if (partner is null)
        {
            errors.Add(new FieldError(nameof(ExemptionInput.PartnerId), PartnerMissing));
        }

        if (month is null)
        {
            errors.Add(new FieldError(nameof(ExemptionInput.Month), MonthMissing));
        }

        if (reason.Length is < 3 or > 500)
        {
            errors.Add(new FieldError(nameof(ExemptionInput.Reason), ReasonLength));
        }

        if (month is not null && partner is not null && await db.PartnerExemptions.AnyAsync(e => e.PartnerId == partner.Id && e.Month == month.First, cancellationToken))
        {
            errors.Add(new FieldError(nameof(ExemptionInput.Month), ExemptionExists, partner.Name, month.Name));
        }

        if (errors.Count > 0 || partner is null || month is null)
        {
            return Outcome.Invalid(errors);
        }

        var (id, name) = await LeaderActor.OfAsync(dbFactory, leader);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.PartnerExemptions.Add(new PartnerExemption { PartnerId = partner.Id, Month = month.First, Reason = reason, GrantedById = id, GrantedByName = name, At = clock.GetUtcNow() });
        db.Record(leader, "Kaartregel: vrijstelling gegeven", $"{month.Name}: {reason}", partner);
        var back = await rule.ExemptAfterCloseAsync(db, partner.Id, month, id, name, cancellationToken);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return new FieldError(nameof(ExemptionInput.Month), ExemptionExists, partner.Name, month.Name);
        }

        await transaction.CommitAsync(cancellationToken);
        return new GrantedExemption(partner.Name, month.Name, back);
    }

    /// <returns>The partner and month of the withdrawn exemption, or null when it was withdrawn before.</returns>
    public async Task<(string Partner, string Month)?> WithdrawAsync(int? id, ClaimsPrincipal leader, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.PartnerExemptions.Include(e => e.Partner).SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } exemption)
        {
            return null;
        }

        db.PartnerExemptions.Remove(exemption);
        var month = new MapMonth(exemption.Month).Name;
        db.Record(leader, "Kaartregel: vrijstelling ingetrokken", month, exemption.Partner!);
        return await db.TrySaveChangesAsync(cancellationToken) ? (exemption.Partner!.Name, month) : null;
    }


    public static string MonthName(int month) => new DateOnly(2026, month, 1).ToString("MMMM", Components.Shared.Dates.Dutch);

    public static string HolidayName(int? year, int month) => year is { } y ? $"{MonthName(month)} {y}" : $"{MonthName(month)} (elk jaar)";
}

/// <summary>An exemption granted: for whom, for which month, and whether the partner came back on the map.</summary>
public sealed record GrantedExemption(string Partner, string Month, bool BackOnMap);
