using HoeWerktMijnStad.Data;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Bench;

/// <summary>Contexts configured as the site configures them, for timing the query without HTTP.</summary>
internal sealed class BenchDbContexts(string connectionString) : IDbContextFactory<AppDbContext>
{
    private readonly DbContextOptions<AppDbContext> _options = Build(connectionString);

    public AppDbContext CreateDbContext() => new(_options);

    private static DbContextOptions<AppDbContext> Build(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseHwmsDatabase(connectionString);
        return builder.Options;
    }
}
