using System.Threading.RateLimiting;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Features.Accounts.Sessions;
using HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Accounts;

public static class AccountsSetup
{
    public const string LoginRateLimit = "login";

    /// <summary>Where a refused request keeps how long to wait, for the status page.</summary>
    public const string RetryAfterItem = "hwms.retry-after";

    public static WebApplicationBuilder AddHwmsAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Identity's stores want a scoped context; it comes from the same factory as every other context
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddCascadingAuthenticationState();

        // keys in the database: sign-ins and mailed links survive restarts and work on every node
        services.AddDataProtection().SetApplicationName("HoeWerktMijnStad").PersistKeysToDbContext<AppDbContext>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = PasswordRules.MinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordRules>();
        // the second factor, required for the leader (Features/Accounts/TwoFactor)
        services.AddHwmsTwoFactor();

        // reset and confirmation links are valid for an hour; a used reset link changes the security stamp,
        // so it works once
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(1));
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/inloggen";
            options.LogoutPath = "/uitloggen";
            options.AccessDeniedPath = "/geen-toegang";
            options.Cookie.Name = "hwms.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // with Proxy:HttpsOnly (on everywhere but Development) the cookie policy makes it Secure always (Infrastructure/Proxy)
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
        });
        // when a session ends: a new security stamp at once, 12 hours or 30 days at most (Features/Accounts/Sessions)
        services.AddHwmsSessions();

        // per address: Accounts:LoginPostsPerMinute (10) posts of the login and reset forms; per account:
        // Identity's lockout after 5 failures
        var postsPerMinute = builder.Configuration.GetValue("Accounts:LoginPostsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // the status page says when to try again
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Items[RetryAfterItem] = retryAfter;
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            options.AddPolicy(LoginRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = postsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("lezen"));
        });
        services.AddScoped<AccountEmails>();
        services.AddScoped<EditorInvitations>();
        services.AddScoped<PartnerEditorRights>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<InvitationAcceptance>();
        services.AddScoped<TwoFactor.AuthenticatorSettings>();
        services.AddScoped<AccountAddresses>();
        return builder;
    }
}
