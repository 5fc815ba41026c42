using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>The three demo accounts of the README, for Development only: their password is public.</summary>
public sealed class DemoAccounts(UserManager<AppUser> users, IUserStore<AppUser> store, AppDbContext db, TimeProvider clock, ILogger<DemoAccounts> logger)
{
    public const string Password = "techniek-is-overal";
    public const string Teacher = "docent@demo.hwms.nl";
    public const string Editor = "partner@demo.hwms.nl";
    public const string ProgrammeLeader = "programmaleider@demo.hwms.nl";
    public const string TeacherSchool = "Vakcollege De Stadsmakers";

    /// <summary>A teacher whose school link waits for the programme leader, so the queue on /beheer/docenten shows one.</summary>
    public const string PendingTeacher = "docent-wacht@demo.hwms.nl";
    public const string PendingTeacherSchool = "Basisschool De Windroos";

    /// <summary>The demo teacher's school's staff domain: a new teacher registering with it is linked at once.</summary>
    public const string TeacherSchoolDomain = "stadsmakers.demo.hwms.nl";
    public const string EditorPartner = "warmtewerk-installaties";

    /// <summary>The demo leader's authenticator key (base32), public like the password: the leader must use 2FA, so
    /// `make run` prints this for any authenticator app (scripts/demo-code.sh prints the current code).</summary>
    public const string AuthenticatorKey = "HWMSDEMOPROGRAMMALEIDERTOTPKEY23";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var school = await db.Schools.Where(s => s.Name == TeacherSchool).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        var partner = await db.Partners.OrderBy(p => p.Slug != EditorPartner).ThenBy(p => p.Slug).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var teacher = await EnsureAsync(Teacher, "Demo Docent", Roles.Teacher, _ => { });
        var pendingTeacher = await EnsureAsync(PendingTeacher, "Demo Docent (wacht op de programmaleider)", Roles.Teacher, _ => { });
        if (school is { } teacherSchool)
        {
            await EnsureSchoolDomainAsync(teacherSchool, cancellationToken);
            await EnsureLinkAsync(teacher, teacherSchool, SchoolLinkState.Verified, cancellationToken);
        }

        if (await db.Schools.Where(s => s.Name == PendingTeacherSchool).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken) is { } otherSchool)
        {
            await EnsureLinkAsync(pendingTeacher, otherSchool, SchoolLinkState.Pending, cancellationToken);
        }

        var editor = await EnsureAsync(Editor, "Demo Partnerredacteur", Roles.PartnerEditor, _ => { });
        var leader = await EnsureAsync(ProgrammeLeader, "Demo Programmaleider", Roles.ProgrammeLeader, _ => { });
        // also on a demo database from before the leader needed 2FA
        if (leader is not null && (!leader.TwoFactorEnabled || await users.GetAuthenticatorKeyAsync(leader) != AuthenticatorKey))
        {
            await AuthenticatorKeys.EnableWithKnownKeyAsync(users, store, leader, AuthenticatorKey);
        }

        if (editor is not null && partner is { } partnerId && !await db.PartnerEditors.AnyAsync(e => e.UserId == editor.Id, cancellationToken))
        {
            db.PartnerEditors.Add(new PartnerEditor { UserId = editor.Id, PartnerId = partnerId });
            await db.SaveChangesAsync(cancellationToken);
        }

        if (teacher?.SchoolId is { } schoolId && partner is { } visitedPartner)
        {
            await DemoVisits.EnsureAsync(db, clock, teacher.Id, schoolId, visitedPartner, cancellationToken);
        }

        // a few open requests of demo schools, so the demo partner and the leader see the demand side
        await DemoRequests.EnsureAsync(db, clock, teacher?.Id, cancellationToken);
    }

    private async Task EnsureSchoolDomainAsync(int schoolId, CancellationToken cancellationToken)
    {
        var school = await db.Schools.SingleAsync(s => s.Id == schoolId, cancellationToken);
        if (!school.MailDomains.Contains(TeacherSchoolDomain))
        {
            school.MailDomains = [.. school.MailDomains, TeacherSchoolDomain];
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The demo teacher is verified (by the leader) and the waiting one has an open request, also in a
    /// database made before school links existed, whose migration turned every link into a request.</summary>
    private async Task EnsureLinkAsync(AppUser? user, int schoolId, SchoolLinkState state, CancellationToken cancellationToken)
    {
        if (user is null)
        {
            return;
        }

        // the waiting teacher waits only until someone decides: after that the demo leaves it as decided
        var done = state == SchoolLinkState.Verified
            ? await db.SchoolLinks.AnyAsync(l => l.UserId == user.Id && l.SchoolId == schoolId && l.State == state, cancellationToken)
            : await db.SchoolLinks.AnyAsync(l => l.UserId == user.Id, cancellationToken);
        if (done)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await db.SchoolLinks.Where(l => l.UserId == user.Id && (l.State == SchoolLinkState.Pending || l.State == SchoolLinkState.Verified))
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.State, SchoolLinkState.Ended).SetProperty(l => l.DecidedAt, now), cancellationToken);
        var verified = state == SchoolLinkState.Verified;
        db.SchoolLinks.Add(new SchoolLink
        {
            UserId = user.Id, SchoolId = schoolId, State = state, RequestedAt = now,
            VerifiedBy = verified ? SchoolLinkCheck.ProgrammeLeader : null, DecidedAt = verified ? now : null,
        });
        user.SchoolId = verified ? schoolId : null;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<AppUser?> EnsureAsync(string email, string name, string role, Action<AppUser> configure)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = clock.GetUtcNow() };
        configure(user);
        var result = await users.CreateAsync(user, Password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        if (!result.Succeeded)
        {
            logger.LogError("Demo account {Email} not created: {Errors}", email, string.Join("; ", result.Errors.Select(e => e.Description)));
            return null;
        }

        logger.LogInformation("Demo account {Email} ({Role}) created.", email, role);
        return user;
    }
}
