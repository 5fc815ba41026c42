using System.Security.Claims;
using System.Security.Cryptography;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Web.Features.PartnerSelfService;
using HoeWerktMijnStad.Web.Features.Schools;
using HoeWerktMijnStad.Web.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Features.Calendars;

public enum FeedOwner { School, Partner }

/// <summary>A feed address just made: shown once, since only its hash is kept.</summary>
public sealed record FeedOutcome(string? Address, string? Error);

/// <summary>The private calendar feeds of schools and partners (ADR 0025): a long random token in the address, only
/// its SHA-256 in the database (as editor invitations), one feed per owner. Making a new address replaces the hash,
/// so the old address stops at the next request.</summary>
public sealed class CalendarFeeds(IDbContextFactory<AppDbContext> dbFactory, SchoolAccess schools, PartnerAccess partners,
    IOptions<SiteOptions> site, TimeProvider clock)
{
    /// <summary>When the teacher's school has a feed, and since when; null without one.</summary>
    public async Task<DateTimeOffset?> SchoolFeedSinceAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (teacher, _) = await schools.TeacherAsync(user, cancellationToken);
        if (teacher is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CalendarFeeds.Where(f => f.SchoolId == teacher.SchoolId).Select(f => (DateTimeOffset?)f.CreatedAt).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<DateTimeOffset?> PartnerFeedSinceAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken = default)
    {
        if (await partners.FindEditableAsync(user, slug, cancellationToken) is not { } partner)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CalendarFeeds.Where(f => f.PartnerId == partner.Id).Select(f => (DateTimeOffset?)f.CreatedAt).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>A new address for the school's feed of the signed-in teacher; any earlier one stops.</summary>
    public async Task<FeedOutcome> RenewSchoolFeedAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (teacher, blocker) = await schools.TeacherAsync(user, cancellationToken);
        return teacher is null
            ? new FeedOutcome(null, blocker)
            : await RenewAsync(FeedOwner.School, teacher.SchoolId, teacher.UserId, cancellationToken);
    }

    /// <summary>A new address for the feed of a partner the user edits; any earlier one stops.</summary>
    public async Task<FeedOutcome> RenewPartnerFeedAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken = default)
    {
        if (await partners.FindEditableAsync(user, slug, cancellationToken) is not { } partner)
        {
            return new FeedOutcome(null, "Je kunt geen agendalink maken voor deze partner.");
        }

        return await RenewAsync(FeedOwner.Partner, partner.Id, user.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
    }

    /// <summary>The school or partner whose feed this token opens, or null.</summary>
    public async Task<int?> FindAsync(FeedOwner owner, string? token, CancellationToken cancellationToken = default)
    {
        if (Hash(token) is not { } hash)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var feeds = db.CalendarFeeds.AsNoTracking().Where(f => f.TokenHash == hash);
        return owner == FeedOwner.School
            ? await feeds.Select(f => f.SchoolId).SingleOrDefaultAsync(cancellationToken)
            : await feeds.Select(f => f.PartnerId).SingleOrDefaultAsync(cancellationToken);
    }

    public static string Path(FeedOwner owner, string token) => $"/agenda/{(owner == FeedOwner.School ? "school" : "partner")}/{token}.ics";

    private async Task<FeedOutcome> RenewAsync(FeedOwner owner, int ownerId, string? userId, CancellationToken cancellationToken)
    {
        var token = RandomNumberGenerator.GetBytes(32);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(
            f => owner == FeedOwner.School ? f.SchoolId == ownerId : f.PartnerId == ownerId, cancellationToken);
        if (feed is null)
        {
            feed = new CalendarFeed { TokenHash = [], SchoolId = owner == FeedOwner.School ? ownerId : null, PartnerId = owner == FeedOwner.Partner ? ownerId : null };
            db.CalendarFeeds.Add(feed);
        }

        feed.TokenHash = SHA256.HashData(token);
        feed.CreatedAt = clock.GetUtcNow();
        feed.CreatedById = userId;
        await db.SaveChangesAsync(cancellationToken);
        return new FeedOutcome(site.Value.BaseUrl.TrimEnd('/') + Path(owner, WebEncoders.Base64UrlEncode(token)), null);
    }

    private static byte[]? Hash(string? token)
    {
        if (token is not { Length: 43 })
        {
            return null;
        }

        try
        {
            var bytes = WebEncoders.Base64UrlDecode(token);
            return bytes.Length == 32 ? SHA256.HashData(bytes) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
