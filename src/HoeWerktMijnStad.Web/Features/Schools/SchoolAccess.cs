using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Features.Bookings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Schools;

/// <summary>The one rule for acting on behalf of a school: a teacher with a confirmed address and a verified link to
/// the school. Every page and endpoint that shows or changes a school's bookings, checklists, evaluations, requests
/// or figures asks here (through <see cref="Policy"/> or <see cref="StandingAsync"/>); the answer is read from the
/// database on every request, never from the sign-in cookie, so a confirmation or a verification counts at once.</summary>
public sealed class SchoolAccess(IDbContextFactory<AppDbContext> dbFactory)
{
    public const string Policy = "school";

    // scoped: the policy and the page of one request ask once between them
    private (string UserId, SchoolStanding Standing)? _asked;

    public async Task<SchoolStanding> StandingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null && _asked is { } asked && asked.UserId == userId)
        {
            return asked.Standing;
        }

        var standing = await ReadAsync(user, userId, cancellationToken);
        _asked = userId is null ? null : (userId, standing);
        return standing;
    }

    /// <summary>Forgets the answer after a change in the same request (a confirmed address, a verified link).</summary>
    public void Forget() => _asked = null;

    private async Task<SchoolStanding> ReadAsync(ClaimsPrincipal user, string? userId, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return SchoolStanding.Of(SchoolStandingKind.NotSignedIn);
        }

        if (!user.IsInRole(Roles.Teacher))
        {
            return SchoolStanding.Of(SchoolStandingKind.NotTeacher);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var me = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                u.DisplayName,
                u.EmailConfirmed,
                u.SchoolId,
                School = u.School == null ? null : u.School.Name,
                Latest = db.SchoolLinks.Where(l => l.UserId == u.Id && l.State != SchoolLinkState.Ended)
                    .OrderByDescending(l => l.RequestedAt).ThenByDescending(l => l.Id)
                    .Select(l => new { l.State, School = l.School!.Name, l.Reason }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (me is null)
        {
            return SchoolStanding.Of(SchoolStandingKind.NotSignedIn);
        }

        var pending = me.Latest is { State: SchoolLinkState.Pending } p ? p.School : null;
        if (!me.EmailConfirmed)
        {
            return SchoolStanding.Of(SchoolStandingKind.AddressNotConfirmed) with { PendingSchool = pending ?? me.School };
        }

        if (me.SchoolId is { } schoolId)
        {
            return new SchoolStanding(SchoolStandingKind.Verified, new Applicant(userId, me.DisplayName, schoolId), me.School, pending, "");
        }

        return me.Latest switch
        {
            { State: SchoolLinkState.Pending } => SchoolStanding.Of(SchoolStandingKind.Pending) with { PendingSchool = pending },
            { State: SchoolLinkState.Rejected } rejected => SchoolStanding.Of(SchoolStandingKind.Rejected) with { PendingSchool = rejected.School, Reason = rejected.Reason },
            _ => SchoolStanding.Of(SchoolStandingKind.NoSchool),
        };
    }

    /// <summary>The teacher acting for their school, or null and in Dutch what is missing.</summary>
    public async Task<(Applicant? Teacher, string Blocker)> TeacherAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var standing = await StandingAsync(user, cancellationToken);
        return standing.MayAct ? (standing.Teacher, "") : (null, standing.Explanation);
    }
}

public enum SchoolStandingKind { NotSignedIn, NotTeacher, AddressNotConfirmed, NoSchool, Pending, Rejected, Verified }

/// <summary>Where a user stands with their school, and in Dutch what is missing and what happens next.</summary>
public sealed record SchoolStanding(SchoolStandingKind Kind, Applicant? Teacher, string? School, string? PendingSchool, string Reason)
{
    public static SchoolStanding Of(SchoolStandingKind kind) => new(kind, null, null, null, "");

    public bool MayAct => Kind == SchoolStandingKind.Verified;

    public string Explanation => Kind switch
    {
        SchoolStandingKind.NotSignedIn => "Log in met je account als docent.",
        SchoolStandingKind.NotTeacher => "Dit deel van de site is voor docenten die namens hun school boeken.",
        SchoolStandingKind.AddressNotConfirmed =>
            "Bevestig eerst je e-mailadres: klik op de knop in de mail die we je stuurden. Daarna kijken we of je bij "
            + (PendingSchool ?? "je school") + " hoort.",
        SchoolStandingKind.Pending =>
            $"Je e-mailadres is bevestigd. De programmaleider kijkt nog of je bij {PendingSchool} werkt; je krijgt een mail zodra dat rond is. "
            + "Tot dan kun je de site bekijken, maar nog niet namens de school boeken.",
        SchoolStandingKind.Rejected =>
            $"De programmaleider kon niet bevestigen dat je bij {PendingSchool} werkt: {Reason} Kies op je accountpagina je school opnieuw, bij voorkeur met het mailadres van je school.",
        SchoolStandingKind.NoSchool => "Je account hoort nog niet bij een school. Kies je school op je accountpagina.",
        _ => PendingSchool is null
            ? $"Je boekt namens {School}."
            : $"Je boekt namens {School}. Je vroeg om over te stappen naar {PendingSchool}; de programmaleider kijkt daarnaar.",
    };
}

/// <summary>The <see cref="SchoolAccess.Policy"/>: pages of a school's own work refuse everyone else, and the refusal
/// page tells a teacher what is missing.</summary>
public sealed class SchoolAccessRequirement : IAuthorizationRequirement;

public sealed class SchoolAccessHandler(SchoolAccess access) : AuthorizationHandler<SchoolAccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SchoolAccessRequirement requirement)
    {
        if ((await access.StandingAsync(context.User)).MayAct)
        {
            context.Succeed(requirement);
        }
    }
}
