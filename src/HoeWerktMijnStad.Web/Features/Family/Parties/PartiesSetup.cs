using HoeWerktMijnStad.Web.Infrastructure.Jobs;
using System.Threading.RateLimiting;

namespace HoeWerktMijnStad.Web.Features.Family.Parties;

public static class PartiesSetup
{
    /// <summary>Parents book without an account: per address, Parties:PostsPer10Minutes (10) posts of the booking
    /// form and the parent's link page, so nobody holds every party or sends mail through the site at will.</summary>
    public const string RateLimit = "kinderfeestjes";

    public static WebApplicationBuilder AddHwmsParties(this WebApplicationBuilder builder)
    {
        var posts = builder.Configuration.GetValue("Parties:PostsPer10Minutes", 10);
        builder.Services.AddRateLimiter(options => options.AddPolicy(RateLimit, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = posts, Window = TimeSpan.FromMinutes(10) })
            : RateLimitPartition.GetNoLimiter("lezen")));
        builder.Services.AddScoped<PartyBookings>();
        builder.Services.AddScoped<PartyMails>();
        builder.Services.AddScoped<PartyJobs>();
        builder.Services.AddRecurringJob<PartyJobs>(PartyJobs.ExpireJobId, "*/5 * * * *",
            "Frees the places of party bookings not confirmed within 30 minutes", job => job.ExpireHoldsAsync(CancellationToken.None));
        builder.Services.AddRecurringJob<PartyJobs>(PartyJobs.EraseJobId, "30 3 * * *",
            "Erases parents' details 30 days after the party", job => job.EraseAsync(CancellationToken.None));
        builder.Services.AddScoped<PartySlots>();
        builder.Services.AddSingleton<PartyLinks>();
        return builder;
    }
}
