using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Infrastructure.Jobs;

/// <summary>Jobs:RunServer (default true) runs Hangfire's server in this instance; turn it off on instances
/// that should only serve pages. Every instance may enqueue and shows the dashboard.</summary>
public sealed class JobsOptions
{
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 2;
}

/// <summary>Hangfire on the site's PostgreSQL database, in its own schema "hangfire" (ADR 0010).</summary>
public static class JobsSetup
{
    public const string Schema = "hangfire";

    public const string DashboardPath = "/beheer/jobs";

    public static WebApplicationBuilder AddHwmsJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobsOptions>().BindConfiguration("Jobs");
        builder.Services.AddHangfire((services, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(services.GetRequiredService<ILoggerFactory>()))
            .UsePostgreSqlStorage(
                connection => connection.UseNpgsqlConnection(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString),
                new PostgreSqlStorageOptions { SchemaName = Schema, PrepareSchemaIfNecessary = true }));
        if (builder.Configuration.GetValue("Jobs:RunServer", true))
        {
            builder.Services.AddHangfireServer((services, server) =>
            {
                server.WorkerCount = services.GetRequiredService<IOptions<JobsOptions>>().Value.WorkerCount;
                server.ServerName = $"hwms-{Environment.MachineName}-{Environment.ProcessId}";
            });
        }

        return builder;
    }

    /// <summary>The recurring jobs (Europe/Amsterdam times) and the dashboard, for the programme leader only.</summary>
    public static WebApplication MapHwmsJobs(this WebApplication app)
    {
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        var amsterdam = new RecurringJobOptions { TimeZone = AmsterdamTime.Zone };
        foreach (var plan in app.Services.GetServices<RecurringJobPlan>())
        {
            plan.Schedule(recurring, app.Services, amsterdam);
        }

        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new ProgrammeLeaderOnly()],
            AppPath = "/beheer",
            DashboardTitle = "Achtergrondtaken — Hoe Werkt Mijn Stad",
            DisplayStorageConnectionString = false,
            // starting, deleting or requeueing a job by hand goes through /beheer/achtergrondtaken, which asks first
            IsReadOnlyFunc = _ => true,
        });
        return app;
    }

    private sealed class ProgrammeLeaderOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.ProgrammeLeader);
    }
}
