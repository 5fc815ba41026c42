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
        builder.Services.AddScoped<MapRuleJobs>();
        builder.Services.AddScoped<LeaderFigures>();
        return builder;
    }
}
