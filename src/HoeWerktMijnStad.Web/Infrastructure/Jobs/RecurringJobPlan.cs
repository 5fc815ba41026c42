using System.Linq.Expressions;
using Hangfire;

namespace HoeWerktMijnStad.Web.Infrastructure.Jobs;

/// <summary>One recurring job as its feature plans it: an id, when it runs (cron, Europe/Amsterdam) and what it
/// is for. Each feature adds its own in its <c>AddHwmsX()</c>; <see cref="JobsSetup.MapHwmsJobs"/> schedules every
/// plan it finds and knows no feature (ADR 0023).</summary>
public sealed class RecurringJobPlan
{
    private readonly Func<IServiceProvider, string> _cron;
    private readonly Action<IRecurringJobManager, string, RecurringJobOptions> _schedule;

    private RecurringJobPlan(string id, string purpose, Func<IServiceProvider, string> cron, Action<IRecurringJobManager, string, RecurringJobOptions> schedule) =>
        (Id, Purpose, _cron, _schedule) = (id, purpose, cron, schedule);

    public string Id { get; }

    /// <summary>What the job does, in a line: the README's job table shows it.</summary>
    public string Purpose { get; }

    public string Cron(IServiceProvider services) => _cron(services);

    internal void Schedule(IRecurringJobManager manager, IServiceProvider services, RecurringJobOptions options) =>
        _schedule(manager, Cron(services), options);

    internal static RecurringJobPlan For<TJob>(string id, string purpose, Func<IServiceProvider, string> cron, Expression<Func<TJob, Task>> call) =>
        new(id, purpose, cron, (manager, when, options) => manager.AddOrUpdate(id, call, when, options));
}

public static class RecurringJobPlans
{
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string id, string cron, string purpose, Expression<Func<TJob, Task>> call) =>
        services.AddRecurringJob(id, _ => cron, purpose, call);

    /// <summary>A job whose time comes from configuration.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string id, Func<IServiceProvider, string> cron, string purpose, Expression<Func<TJob, Task>> call) =>
        services.AddSingleton(RecurringJobPlan.For(id, purpose, cron, call));
}
