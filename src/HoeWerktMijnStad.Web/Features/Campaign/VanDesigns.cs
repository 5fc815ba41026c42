using System.Security.Claims;
using System.Security.Cryptography;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Campaign;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Features.PartnerSelfService;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Campaign;

/// <summary>A partner adopts a published design for its vans, and the van's QR code is counted per day when scanned:
/// a number per day, no cookie, no address, nothing about who scanned.</summary>
public sealed class VanDesigns(IDbContextFactory<AppDbContext> dbFactory, PartnerAccess access, TimeProvider clock)
{
    public const string NotYours = "VanPartnerNotYours";
    public const string NotPublished = "VanDesignNotPublished";
    public const string AlreadyAdopted = "VanAlreadyAdopted";
    public const string UnknownActivity = "VanUnknownActivity";

    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public async Task<Outcome<string>> AdoptAsync(AdoptInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var partner = (await access.EditableAsync(user, cancellationToken)).FirstOrDefault(p => p.Id == input.PartnerId);
        if (partner is null)
        {
            return Outcome.Refused(NotYours);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var slogan = await db.CampaignDesigns.Where(d => d.Id == input.DesignId && d.State == DesignState.Published).Select(d => d.Slogan).SingleOrDefaultAsync(cancellationToken);
        if (slogan is null)
        {
            return Outcome.Refused(NotPublished);
        }

        if (input.ActivityId is { } activityId && !await db.Activities.AnyAsync(a => a.Id == activityId && a.PartnerId == partner.Id, cancellationToken))
        {
            return new FieldError(nameof(AdoptInput.ActivityId), UnknownActivity);
        }

        db.VanDesigns.Add(new VanDesign
        {
            DesignId = input.DesignId, PartnerId = partner.Id, ActivityId = input.ActivityId, Code = NewCode(), AdoptedAt = clock.GetUtcNow(),
        });
        db.Record(user, "Campagneontwerp gekozen voor de busjes", slogan, partner.Id);
        return await db.TrySaveChangesAsync(cancellationToken) ? slogan : Outcome.Refused(AlreadyAdopted);
    }

    /// <summary>Counts one scan on today's row (Amsterdam) and says where the code leads; null for an unknown code.</summary>
    public async Task<string?> ScanAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var van = await db.VanDesigns.AsNoTracking().Where(v => v.Code == code)
            .Select(v => new { v.Id, v.ActivityId, v.Partner!.Slug }).SingleOrDefaultAsync(cancellationToken);
        if (van is null)
        {
            return null;
        }

        var day = AmsterdamTime.Today(clock);
        // one statement: parallel scans add up without a lost update
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO qr_scan_days (van_design_id, day, scans) VALUES ({van.Id}, {day}, 1)
            ON CONFLICT (van_design_id, day) DO UPDATE SET scans = qr_scan_days.scans + 1
            """, cancellationToken);
        return van.ActivityId is { } activityId ? $"/aanbod/{activityId}" : $"/partners/{van.Slug}";
    }

    private static string NewCode() => RandomNumberGenerator.GetString(Alphabet, VanDesign.CodeLength);
}
