using System.Security.Claims;
using HoeWerktMijnStad.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;

/// <summary>Builds the sign-in cookie's claims. A programme leader without a second factor gets no leader role
/// claim, only <see cref="SetupRequired"/>: every check of the role (page attributes, policies, IsInRole in code,
/// the Hangfire dashboard) then refuses, so no leader page can be missed. Identity rebuilds the claims at every
/// security-stamp check and at RefreshSignInAsync, so the role appears as soon as 2FA is on.</summary>
public sealed class TwoFactorClaims(UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    public const string SetupRequired = "hwms:tweestap-verplicht";

    public static bool MustSetUp(ClaimsPrincipal user) => user.HasClaim(c => c.Type == SetupRequired);

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var leaderRole = identity.FindFirst(c => c.Type == Options.ClaimsIdentity.RoleClaimType && c.Value == Roles.ProgrammeLeader);
        if (leaderRole is not null && !await UserManager.GetTwoFactorEnabledAsync(user))
        {
            identity.RemoveClaim(leaderRole);
            identity.AddClaim(new Claim(SetupRequired, "true"));
        }

        return identity;
    }
}
