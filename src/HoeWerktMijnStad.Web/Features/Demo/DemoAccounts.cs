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
    public const string EditorPartner = "warmtewerk-installaties";

    /// <summary>The demo leader's authenticator key (base32), public like the password: the leader must use 2FA, so
    /// `make run` prints this for any authenticator app (scripts/demo-code.sh prints the current code).</summary>
    public const string AuthenticatorKey = "HWMSDEMOPROGRAMMALEIDERTOTPKEY23";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var school = await db.Schools.Where(s => s.Name == TeacherSchool).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        var partner = await db.Partners.OrderBy(p => p.Slug != EditorPartner).ThenBy(p => p.Slug).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var teacher = await EnsureAsync(Teacher, "Demo Docent", Roles.Teacher, u => u.SchoolId = school);
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
