using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.AspNetCore.Identity;

namespace HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;

/// <summary>Someone turns two-step verification on or off for their own account, or makes new recovery codes. Each
/// change is in the audit log and renews the sign-in cookie: the security stamp changed, and for a leader the role
/// claim comes back (ADR 0018). Identity saves the request's own context, so the audit line goes with it.</summary>
public sealed class AuthenticatorSettings(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db)
{
    public const string WrongCode = "AuthenticatorWrongCode";

    /// <returns>The new recovery codes: shown once, never stored where they could be shown again.</returns>
    public async Task<Outcome<string[]>> EnableAsync(AppUser user, string typedCode, ClaimsPrincipal me)
    {
        var code = AuthenticatorKeys.Normalize(typedCode);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return new FieldError("Value", WrongCode);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorKeys.RecoveryCodeCount))!.ToArray();
        await RecordAsync(me, user, "Tweestapsverificatie aangezet");
        await signIn.RefreshSignInAsync(user);
        return codes;
    }

    public async Task<string[]> NewRecoveryCodesAsync(AppUser user, ClaimsPrincipal me)
    {
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorKeys.RecoveryCodeCount))!.ToArray();
        await RecordAsync(me, user, "Nieuwe herstelcodes gemaakt");
        return codes;
    }

    /// <summary>Turns it off; a later set-up starts with a new key, as the old one may still sit in an app on a lost
    /// phone. A programme leader cannot: the role needs it.</summary>
    public async Task<Outcome> DisableAsync(AppUser user, ClaimsPrincipal me)
    {
        if (await users.IsInRoleAsync(user, Roles.ProgrammeLeader))
        {
            return Outcome.Refused("AuthenticatorRequired");
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await RecordAsync(me, user, "Tweestapsverificatie uitgezet");
        await signIn.RefreshSignInAsync(user);
        return Outcome.Done;
    }

    private async Task RecordAsync(ClaimsPrincipal me, AppUser user, string action)
    {
        db.Record(me, action, user.Email ?? user.Id);
        await db.SaveChangesAsync();
    }
}
