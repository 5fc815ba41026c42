using System.Globalization;
using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Features.Accounts.Sessions;

/// <summary>What the sign-in cookie must pass on every request, before Identity's own once-a-minute check:
/// it is younger than its absolute lifetime, and its security stamp is still the account's. The stamp changes
/// at logout, "log out everywhere", a password change and blocking, so a copied cookie stops working at once.</summary>
public static class SessionChecks
{
    public static readonly TimeSpan LeaderLifetime = TimeSpan.FromHours(12);
    public static readonly TimeSpan OtherLifetime = TimeSpan.FromDays(30);

    /// <summary>Kept in the ticket's properties, which Identity carries over when it rebuilds the claims (every
    /// minute, and at RefreshSignInAsync): the lifetime counts from the real sign-in, not from the last renewal.</summary>
    public const string SignedInAtKey = "hwms.signedInAt";

    public static Task StampSignInTimeAsync(CookieSigningInContext context)
    {
        if (!context.Properties.Items.ContainsKey(SignedInAtKey))
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            context.Properties.Items[SignedInAtKey] = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    public static TimeSpan LifetimeOf(ClaimsPrincipal user) =>
        user.IsInRole(Roles.ProgrammeLeader) || TwoFactorClaims.MustSetUp(user) ? LeaderLifetime : OtherLifetime;

    /// <summary>The ticket may be used at <paramref name="now"/>: signed in at a known time, not longer ago than
    /// its lifetime. A ticket without the time (from before this check existed) must sign in again once.</summary>
    public static bool WithinLifetime(AuthenticationProperties properties, ClaimsPrincipal user, DateTimeOffset now) =>
        properties.Items.TryGetValue(SignedInAtKey, out var value)
        && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && now - DateTimeOffset.FromUnixTimeSeconds(seconds) < LifetimeOf(user);

    /// <summary>Runs before Identity's validator (<paramref name="identityCheck"/>), which it wraps.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context, Func<CookieValidatePrincipalContext, Task> identityCheck)
    {
        var services = context.HttpContext.RequestServices;
        var user = context.Principal!;
        if (!WithinLifetime(context.Properties, user, services.GetRequiredService<TimeProvider>().GetUtcNow())
            || (!IsStaticAsset(context.HttpContext) && !await StampIsCurrentAsync(services, user)))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await identityCheck(context);
    }

    // scripts, styles and images are public: no reason to ask the database for each of them
    private static bool IsStaticAsset(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    /// <summary>One primary-key lookup per request: cheap, and the same on every node (no per-process cache).</summary>
    private static async Task<bool> StampIsCurrentAsync(IServiceProvider services, ClaimsPrincipal user)
    {
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = user.FindFirstValue(claims.UserIdClaimType);
        var stamp = user.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var current = await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync();
        return current == stamp;
    }
}
