using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Features.Demo;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Infrastructure.Database;

public static class DatabaseSetup
{
    public static WebApplicationBuilder AddHwmsDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                configuration.GetSection("Database").Bind(options);
                options.ConnectionString = configuration.GetConnectionString("Hwms") ?? "";
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddDbContextFactory<AppDbContext>((services, options) => options
            .UseHwmsDatabase(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString)
            .AddInterceptors(services.GetRequiredService<OutboxSignal>(), services.GetRequiredService<Caching.PublicDataWrites>()));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddScoped<DemoDataLoader>();
        builder.Services.AddScoped<DemoAccounts>();
        return builder;
    }

    /// <summary>Applies migrations and loads the demo data when configured to; `migrate` on the command line
    /// does it regardless and then stops (for deployments that migrate as a separate step).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool force)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!force && !options.MigrateOnStartup && !options.LoadDemoData)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseSetup));
        if (force || options.MigrateOnStartup)
        {
            var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
            await using var db = await dbFactory.CreateDbContextAsync();
            await db.Database.MigrateAsync();
            logger.LogInformation("Database migrated to {Migration}.", (await db.Database.GetAppliedMigrationsAsync()).LastOrDefault());
        }

        if (options.LoadDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync();

            // the demo accounts' password is in the README: never outside Development
            if (app.Environment.IsDevelopment())
            {
                await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync();
            }
        }
    }

    private sealed class DatabaseHealthCheck(IDbContextFactory<AppDbContext> dbFactory) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("De database is bereikbaar.")
                : HealthCheckResult.Unhealthy("De database is niet bereikbaar.");
        }
    }
}
