namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>The rule's recurring jobs, as Hangfire calls them: the month close on the 1st (for the month that just
/// ended) and the warning mid-month.</summary>
public sealed class MapRuleJobs(MonthlyMapRule rule, Bookings.BookingFollowUp followUp, TimeProvider clock, ILogger<MapRuleJobs> logger)
{
    public const string CloseJobId = "kaart-maandafsluiting";

    public const string WarnJobId = "kaart-waarschuwing";

    public async Task CloseLastMonthAsync(CancellationToken cancellationToken = default)
    {
        var month = MapMonth.Current(clock).Previous;
        // last month's last visits first: a visit on the 31st counts once it is completed
        await followUp.CompleteAsync(cancellationToken);
        var result = await rule.CloseAsync(month, null, MonthlyMapRule.System, cancellationToken);
        logger.LogInformation("Map month close {Month}: {Outcome}.", month, result.Succeeded ? $"{result.Value!.Length} partners off the map" : result.Errors[0].Code);
    }

    public async Task WarnAsync(CancellationToken cancellationToken = default)
    {
        var warned = await rule.WarnAsync(cancellationToken);
        logger.LogInformation("Map rule warning: {Count} partners warned.", warned.Count);
    }
}
