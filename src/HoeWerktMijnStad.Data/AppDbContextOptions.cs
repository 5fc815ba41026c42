using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Data;

/// <summary>The one way to point an <see cref="AppDbContext"/> at PostgreSQL: the site, the tests, the
/// benchmarks and the design-time factory all call this.</summary>
public static class AppDbContextOptions
{
    public const string MigrationsAssembly = "HoeWerktMijnStad.Migrations";

    public static DbContextOptionsBuilder UseHwmsDatabase(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql =>
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
}
