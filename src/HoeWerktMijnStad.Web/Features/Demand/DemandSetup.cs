using HoeWerktMijnStad.Web.Infrastructure.Jobs;

namespace HoeWerktMijnStad.Web.Features.Demand;

public static class DemandSetup
{
    public static WebApplicationBuilder AddHwmsDemand(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DemandRequests>();
        builder.Services.AddScoped<DemandOffers>();
        builder.Services.AddScoped<DemandAcceptance>();
        builder.Services.AddScoped<DemandQueries>();
        builder.Services.AddScoped<DemandMails>();
        builder.Services.AddScoped<DemandJobs>();
        builder.Services.AddRecurringJob<DemandJobs>(DemandJobs.JobId, "5 * * * *",
            "Expires requests past their period; flags requests unanswered after 10 days to the leader", job => job.RunAsync(CancellationToken.None));
        builder.Services.AddRecurringJob<DemandJobs>(DemandJobs.DigestJobId, "0 8 * * 1",
            "Weekly digest of open requests for partners who chose it", job => job.SendWeeklyDigestsAsync(CancellationToken.None));
        return builder;
    }
}
