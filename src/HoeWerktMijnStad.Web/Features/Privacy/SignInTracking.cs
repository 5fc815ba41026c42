using System.Security.Claims;
using HoeWerktMijnStad.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Privacy;

/// <summary>Keeps <c>last_sign_in_at</c> for the inactive-account rule, at the one place every sign-in passes: the
/// application cookie's events. A password sign-in, a second factor and a refresh all issue the cookie
/// (OnSignedIn); a kept session renews it about once a week (OnCheckSlidingExpiration), so someone who stays
/// signed in is not taken for gone. Either also clears a pending inactivity warning.</summary>
public static class SignInTracking
{
    public static void Track(CookieAuthenticationOptions options)
    {
        var signedIn = options.Events.OnSignedIn;
        options.Events.OnSignedIn = async context =>
        {
            await signedIn(context);
            await SeenAsync(context.HttpContext, context.Principal);
        };
        var sliding = options.Events.OnCheckSlidingExpiration;
        options.Events.OnCheckSlidingExpiration = async context =>
        {
            await sliding(context);
            if (context.ShouldRenew)
            {
                await SeenAsync(context.HttpContext, context.Principal);
            }
        };
    }

    private static async Task SeenAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        if (principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return;
        }

        var services = http.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(http.RequestAborted);
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.LastSignInAt, now)
            .SetProperty(u => u.InactivityWarnedAt, (DateTimeOffset?)null), http.RequestAborted);
    }
}
