using HoeWerktMijnStad.Web.Infrastructure.Jobs;
using System.Security.Claims;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace HoeWerktMijnStad.Web.Features.Privacy;

/// <summary>Privacy by law (ADR 0019): retention periods, the jobs that keep them, sign-in tracking for the
/// inactive-account rule, account deletion and the personal-data download.</summary>
public static class PrivacySetup
{
    public const string ExportPath = "/account/mijn-gegevens.json";

    public static WebApplicationBuilder AddHwmsPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, SignInTracking.Track);
        builder.Services.AddScoped<AccountDeletion>();
        builder.Services.AddScoped<InactiveAccounts>();
        builder.Services.AddScoped<RetentionJobs>();
        builder.Services.AddRecurringJob<RetentionJobs>(RetentionJobs.JobId, "45 3 * * *",
            "Erases personal data that has served its purpose (retention periods, ADR 0019)", job => job.RunAsync(CancellationToken.None));
        builder.Services.AddScoped<PersonalDataExport>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, async (ClaimsPrincipal user, PersonalDataExport export, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id || await export.ExportAsync(id, cancellationToken) is not { } json)
            {
                return Results.NotFound();
            }

            // personal data: never kept by a browser or proxy cache
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(json, "application/json", PersonalDataExport.FileName(AmsterdamTime.Today(clock)));
        }).RequireAuthorization();
        return endpoints;
    }
}
