using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Features.Accounts;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.AspNetCore.Identity;

namespace HoeWerktMijnStad.Web.Features.Admin;

/// <summary>The programme leader blocks and unblocks accounts. Identity's user manager saves the request's own
/// context, so the audit line is recorded on that context and saved with the lockout in one go; the new security
/// stamp ends a blocked person's open sessions at once (Accounts/Sessions).</summary>
public sealed class AccountBlocks(UserManager<AppUser> users, AppDbContext db)
{
    public const string Gone = "AccountGone";

    /// <returns>The account's e-mail address.</returns>
    public async Task<Outcome<string>> SetAsync(string? userId, bool block, ClaimsPrincipal leader)
    {
        if (userId is null || await users.FindByIdAsync(userId) is not { } user)
        {
            return Outcome.Refused(Gone);
        }

        await users.SetLockoutEnabledAsync(user, true);
        db.Record(leader, block ? "Account geblokkeerd" : "Account gedeblokkeerd", user.Email ?? user.Id);
        await users.SetLockoutEndDateAsync(user, block ? Blocking.Forever : null);
        await users.UpdateSecurityStampAsync(user);
        return user.Email ?? user.Id;
    }
}
