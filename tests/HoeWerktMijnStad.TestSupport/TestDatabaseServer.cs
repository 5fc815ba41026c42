using Npgsql;
using Testcontainers.PostgreSql;

namespace HoeWerktMijnStad.TestSupport;

/// <summary>The PostgreSQL + PostGIS server the tests use: the cluster named by HWMS_TEST_DB (what `make test`
/// starts), or else a postgis/postgis container through Testcontainers when a Docker engine answers.</summary>
public static class TestDatabaseServer
{
    public const string Image = "postgis/postgis:15-3.4";

    private static readonly Lazy<Task<string>> AdminConnection = new(StartAsync);
    private static PostgreSqlContainer? _container;

    public static Task<string> AdminConnectionStringAsync() => AdminConnection.Value;

    private static async Task<string> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("HWMS_TEST_DB");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new NpgsqlConnectionStringBuilder(configured) { Database = "postgres" }.ConnectionString;
        }

        try
        {
            _container = new PostgreSqlBuilder(Image).Build();
            await _container.StartAsync();
            return new NpgsqlConnectionStringBuilder(_container.GetConnectionString()) { Database = "postgres" }.ConnectionString;
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                "No test database: set HWMS_TEST_DB to a PostGIS server's connection string (make test does), or run a Docker engine for Testcontainers.", e);
        }
    }
}
