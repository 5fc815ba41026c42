using HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace HoeWerktMijnStad.Web.Features.Accounts.Sessions;

public static class SessionsSetup
{
    /// <summary>After AddIdentityCookies: wraps the validator it installed, so its configuration must run first.</summary>
    public static IServiceCollection AddHwmsSessions(this IServiceCollection services)
    {
        // Identity re-reads the account (roles, 2FA, blocked) every minute instead of every 30
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var identityCheck = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = context => SessionChecks.ValidateAsync(context, identityCheck);
            options.Events.OnSigningIn = SessionChecks.StampSignInTimeAsync;

            // a leader who still has to set up 2FA lacks the leader role; send them to the set-up, not to "no access"
            var accessDenied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToAccessDenied = context =>
            {
                if (!TwoFactorClaims.MustSetUp(context.HttpContext.User))
                {
                    return accessDenied(context);
                }

                var request = context.Request;
                context.Response.Redirect($"{TwoFactorPaths.Setup}?ReturnUrl={Uri.EscapeDataString(request.PathBase + request.Path + request.QueryString)}");
                return Task.CompletedTask;
            };
        });
        return services;
    }
}
