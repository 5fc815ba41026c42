using System.Data.Common;
using HoeWerktMijnStad.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace HoeWerktMijnStad.Bench;

/// <summary>Records the SQL (with parameters) that EF sends, so the benchmark can run exactly the endpoint's
/// own queries on a bare NpgsqlCommand.</summary>
internal sealed class CapturedCommands : DbCommandInterceptor, IDbContextFactory<AppDbContext>
{
    private readonly string _connectionString;

    public CapturedCommands(string connectionString) => _connectionString = connectionString;

    public List<NpgsqlCommand> Commands { get; } = [];

    /// <summary>Off once the endpoint's commands are recorded, so the factory can serve timing runs.</summary>
    public bool Recording { get; set; } = true;

    public AppDbContext CreateDbContext()
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseHwmsDatabase(_connectionString).AddInterceptors(this);
        return new AppDbContext(builder.Options);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (!Recording)
        {
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        var copy = new NpgsqlCommand(command.CommandText);
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            copy.Parameters.Add(parameter.Clone());
        }

        Commands.Add(copy);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
