using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Data;

/// <summary>The one way to point an <see cref="AppDbContext"/> at PostgreSQL: the site, the tests, the
/// benchmarks and the design-time factory all call this.</summary>
public static class AppDbContextOptions
{
    public const string MigrationsAssembly = "HoeWerktMijnStad.Migrations";

    public static DbContextOptionsBuilder UseHwmsDatabase(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(WithAutoPrepare(connectionString), npgsql =>
        {
            npgsql.UseNetTopologySuite();
            npgsql.MigrationsAssembly(MigrationsAssembly);

            // a list in a query travels as one PostgreSQL array (= ANY(@ids)), not as one parameter per item
            npgsql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);

            foreach (var (clrType, name) in PostgresEnums.All)
            {
                npgsql.MapEnum(clrType, name);
            }
        });

    /// <summary>Npgsql prepares a statement on a connection once it has run twice there, unless the connection
    /// string says otherwise: PostgreSQL then skips parsing and planning EF's queries. The booking bench went from
    /// 13 to 3 ms of database CPU per request with it (bench/README.md).</summary>
    public static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0 && !connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            (builder.MaxAutoPrepare, builder.AutoPrepareMinUsages) = (64, 2);
        }

        return builder.ConnectionString;
    }
}
