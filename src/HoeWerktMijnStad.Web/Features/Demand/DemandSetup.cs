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
        return builder;
    }
}
