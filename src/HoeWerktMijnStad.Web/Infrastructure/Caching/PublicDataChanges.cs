using HoeWerktMijnStad.Web.Infrastructure.Database;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HoeWerktMijnStad.Web.Infrastructure.Caching;

/// <summary>Empties this node's cache of public pages when the data they show changes, on whichever node or path
/// it changed: statement triggers on the public tables send <c>NOTIFY hwms_public_data</c> (migration
/// PublicDataChangeNotices), which PostgreSQL delivers on commit to every node listening here. While the connection
/// is down nothing is cached for longer than <see cref="PublicPageCache.Lifetime"/>, and on reconnecting the cache
/// is emptied, since notices sent in between are lost (ADR 0033).</summary>
public sealed class PublicDataChanges(IOutputCacheStore store, IOptions<DatabaseOptions> database, ILogger<PublicDataChanges> logger) : BackgroundService
{
    public const string Channel = "hwms_public_data";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.Value.ConnectionString)
        {
            // one connection of its own that stays open, outside the pool the pages share
            Pooling = false,
            KeepAlive = 30,
            ApplicationName = "hwms-cache-listener",
        };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => Evict();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                Evict();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or InvalidOperationException)
            {
                logger.LogWarning(e, "Listening for changes of public data failed; trying again in 2 s.");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private void Evict() => _ = store.EvictByTagAsync(PublicPageCache.Tag, CancellationToken.None).AsTask();
}
