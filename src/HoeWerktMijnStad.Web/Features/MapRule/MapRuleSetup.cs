using HoeWerktMijnStad.Web.Infrastructure.Jobs;
namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>MapRule:WarningDay (default 15): the day of the month on which partners without a visit are warned.</summary>
public sealed class MapRuleOptions
{
    [System.ComponentModel.DataAnnotations.Range(1, 28)]
    public int WarningDay { get; set; } = MapRuleMails.DefaultWarningDay;
}

public static class MapRuleSetup
{
    public static WebApplicationBuilder AddHwmsMapRule(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MapRuleOptions>().BindConfiguration("MapRule").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<MonthlyMapRule>();
        builder.Services.AddScoped<MapRuleMails>();
        builder.Services.AddScoped<MonthCloses>();
        builder.Services.AddScoped<MapRuleExceptions>();
        builder.Services.AddScoped<MapRuleJobs>();
        builder.Services.AddRecurringJob<MapRuleJobs>(MapRuleJobs.CloseJobId, "0 6 1 * *",
            "Closes last month: partners without a school visit leave the map", job => job.CloseLastMonthAsync(CancellationToken.None));
        builder.Services.AddRecurringJob<MapRuleJobs>(MapRuleJobs.WarnJobId,
            services => $"0 9 {services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MapRuleOptions>>().Value.WarningDay} * *",
            "Warns partners without a visit this month (MapRule:WarningDay)", job => job.WarnAsync(CancellationToken.None));
        builder.Services.AddScoped<LeaderFigures>();
        return builder;
    }
}
