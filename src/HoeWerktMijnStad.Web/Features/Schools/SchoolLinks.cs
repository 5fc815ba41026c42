using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Schools;

public enum SchoolLinkOutcome { Verified, Pending, AlreadyThisSchool, UnknownSchool, NotFound, ReasonMissing }

/// <summary>Every change to a teacher's link with a school: asked for at registration or on the account page,
/// verified by the mail domain once the address is confirmed, or approved or rejected by the programme leader.
/// <see cref="AppUser.SchoolId"/> is written here only, together with the verified link, so the old link ends the
/// moment a new one is verified.</summary>
public sealed class SchoolLinks(IDbContextFactory<AppDbContext> dbFactory, SchoolLinkMails mails, TimeProvider clock)
{
    /// <summary>A teacher asks on the account page: its own unit of work around <see cref="RequestAsync(AppDbContext, AppUser, int, CancellationToken)"/>.</summary>
    public async Task<SchoolLinkOutcome> RequestAsync(string userId, int schoolId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken) is not { } user)
        {
            return SchoolLinkOutcome.NotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await RequestAsync(db, user, schoolId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>Asks to act for a school, in the caller's unit of work (registration). An open
    /// request for another school is replaced. Verified at once when the confirmed address is the school's.</summary>
    public async Task<SchoolLinkOutcome> RequestAsync(AppDbContext db, AppUser user, int schoolId, CancellationToken cancellationToken = default)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => new { s.Id, s.MailDomains }).SingleOrDefaultAsync(cancellationToken);
        if (school is null)
        {
            return SchoolLinkOutcome.UnknownSchool;
        }

        var now = clock.GetUtcNow();
        await EndPendingAsync(db, user.Id, now, cancellationToken);
        if (user.SchoolId == schoolId)
        {
            return SchoolLinkOutcome.AlreadyThisSchool;
        }

        var link = new SchoolLink { UserId = user.Id, SchoolId = schoolId, State = SchoolLinkState.Pending, RequestedAt = now };
        db.SchoolLinks.Add(link);
        if (user.EmailConfirmed && SchoolMailDomains.Matches(user.Email, school.MailDomains))
        {
            await VerifyAsync(db, user, link, SchoolLinkCheck.MailDomain, null, now, cancellationToken);
            return SchoolLinkOutcome.Verified;
        }

        return SchoolLinkOutcome.Pending;
    }

    /// <summary>After the address is confirmed or changed, in the caller's unit of work: an open request whose school
    /// has this address's domain is verified; a link verified by the old address's domain only waits for the
    /// programme leader again when the new address is not the school's.</summary>
    public async Task AddressConfirmedAsync(AppDbContext db, AppUser user, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var verified = await db.SchoolLinks.Where(l => l.UserId == user.Id && l.State == SchoolLinkState.Verified)
            .Select(l => new { l.SchoolId, l.VerifiedBy, l.School!.MailDomains }).SingleOrDefaultAsync(cancellationToken);
        if (verified is { VerifiedBy: SchoolLinkCheck.MailDomain } && !SchoolMailDomains.Matches(user.Email, verified.MailDomains))
        {
            await db.SchoolLinks.Where(l => l.UserId == user.Id && l.State == SchoolLinkState.Verified)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.State, SchoolLinkState.Ended), cancellationToken);
            user.SchoolId = null;
            if (!await db.SchoolLinks.AnyAsync(l => l.UserId == user.Id && l.State == SchoolLinkState.Pending, cancellationToken))
            {
                db.SchoolLinks.Add(new SchoolLink { UserId = user.Id, SchoolId = verified.SchoolId, State = SchoolLinkState.Pending, RequestedAt = now });
                return;
            }
        }

        var pending = await db.SchoolLinks.Include(l => l.School)
            .SingleOrDefaultAsync(l => l.UserId == user.Id && l.State == SchoolLinkState.Pending, cancellationToken);
        if (pending is not null && SchoolMailDomains.Matches(user.Email, pending.School!.MailDomains))
        {
            await VerifyAsync(db, user, pending, SchoolLinkCheck.MailDomain, null, now, cancellationToken);
        }
    }

    /// <summary>The programme leader confirms that the teacher works at the school; the teacher is mailed.</summary>
    public Task<SchoolLinkOutcome> ApproveAsync(ClaimsPrincipal leader, int linkId, CancellationToken cancellationToken = default) =>
        DecideAsync(leader, linkId, reason: null, cancellationToken);

    /// <summary>The programme leader turns the request down, saying why; the teacher is mailed the reason.</summary>
    public Task<SchoolLinkOutcome> RejectAsync(ClaimsPrincipal leader, int linkId, string reason, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(reason) ? Task.FromResult(SchoolLinkOutcome.ReasonMissing) : DecideAsync(leader, linkId, reason.Trim(), cancellationToken);

    private async Task<SchoolLinkOutcome> DecideAsync(ClaimsPrincipal leader, int linkId, string? reason, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var link = await db.SchoolLinks.Include(l => l.User).Include(l => l.School)
            .SingleOrDefaultAsync(l => l.Id == linkId && l.State == SchoolLinkState.Pending, cancellationToken);
        if (link is null)
        {
            return SchoolLinkOutcome.NotFound;
        }

        var now = clock.GetUtcNow();
        var leaderId = leader.FindFirstValue(ClaimTypes.NameIdentifier);
        if (reason is null)
        {
            await VerifyAsync(db, link.User!, link, SchoolLinkCheck.ProgrammeLeader, leaderId, now, cancellationToken);
            mails.QueueApproved(db, link.User!, link.School!.Name);
            db.Record(leader, "Docent aan school gekoppeld", $"{link.User!.Email} bij {link.School.Name}");
        }
        else
        {
            link.State = SchoolLinkState.Rejected;
            link.DecidedAt = now;
            link.DecidedById = leaderId;
            link.Reason = reason.Length > SchoolLink.ReasonMaxLength ? reason[..SchoolLink.ReasonMaxLength] : reason;
            mails.QueueRejected(db, link.User!, link.School!.Name, link.Reason);
            db.Record(leader, "Koppeling docent afgewezen", $"{link.User!.Email} bij {link.School.Name}: {link.Reason}");
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return reason is null ? SchoolLinkOutcome.Verified : SchoolLinkOutcome.Pending;
    }

    private static async Task VerifyAsync(AppDbContext db, AppUser user, SchoolLink link, SchoolLinkCheck by, string? deciderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // ended by a statement of its own first: the unique index allows one verified link per teacher at any moment
        await db.SchoolLinks.Where(l => l.UserId == user.Id && l.State == SchoolLinkState.Verified)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.State, SchoolLinkState.Ended), cancellationToken);
        link.State = SchoolLinkState.Verified;
        link.VerifiedBy = by;
        link.DecidedAt = now;
        link.DecidedById = deciderId;
        user.SchoolId = link.SchoolId;
    }

    private static Task<int> EndPendingAsync(AppDbContext db, string userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.SchoolLinks.Where(l => l.UserId == userId && l.State == SchoolLinkState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.State, SchoolLinkState.Ended).SetProperty(l => l.DecidedAt, now), cancellationToken);
}
