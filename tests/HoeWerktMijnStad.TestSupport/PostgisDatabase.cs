using HoeWerktMijnStad.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace HoeWerktMijnStad.TestSupport;

/// <summary>A fresh, migrated database for one test class (an xUnit class fixture). Each is a copy of a
/// template that this test process migrates once, so a class starts clean in a fraction of a second.</summary>
public class PostgisDatabase : IAsyncLifetime
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _template;

    public string Name { get; } = $"hwms_t_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];

    public string ConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        var admin = await TestDatabaseServer.AdminConnectionStringAsync();
        await TemplateLock.WaitAsync();
        try
        {
            _template ??= await CreateTemplateAsync(admin);
            await ExecuteAsync(admin, $"CREATE DATABASE \"{Name}\" TEMPLATE \"{_template}\"");
        }
        finally
        {
            TemplateLock.Release();
        }

        ConnectionString = WithDatabase(admin, Name);
    }

    public AppDbContext CreateDbContext() => CreateDbContext(ConnectionString);

    public static AppDbContext CreateDbContext(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseHwmsDatabase(connectionString);
        return new AppDbContext(builder.Options);
    }

    public virtual async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var admin = await TestDatabaseServer.AdminConnectionStringAsync();
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    /// <summary>Creates an empty database, applies every migration to it, and returns its connection string.</summary>
    public static async Task<string> CreateMigratedDatabaseAsync(string admin, string name)
    {
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        // unpooled, so no connection lingers and the database can serve as a template at once
        var unpooled = new NpgsqlConnectionStringBuilder(WithDatabase(admin, name)) { Pooling = false }.ConnectionString;
        await using (var db = CreateDbContext(unpooled))
        {
            await db.Database.MigrateAsync();
        }

        return WithDatabase(admin, name);
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database, Pooling = true }.ConnectionString;

    private static async Task<string> CreateTemplateAsync(string admin)
    {
        var template = $"hwms_t_{Environment.ProcessId}_template";
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)");
        await CreateMigratedDatabaseAsync(admin, template);
        return template;
    }
}
