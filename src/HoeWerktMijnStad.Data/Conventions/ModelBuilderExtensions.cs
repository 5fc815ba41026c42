using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Conventions;

internal static class ModelBuilderExtensions
{
    /// <summary>A point must lie in the Netherlands: geography itself only guarantees SRID 4326 (and wraps
    /// coordinates out of range), so this is what catches a swapped longitude and latitude.</summary>
    public static void HasPointInNetherlandsCheck<TEntity>(this EntityTypeBuilder<TEntity> builder, string column)
        where TEntity : class
    {
        builder.ToTable(t => t.HasCheckConstraint(
            $"ck_{builder.Metadata.GetTableName()}_{column}_in_netherlands",
            $"ST_X({column}::geometry) BETWEEN 3.2 AND 7.3 AND ST_Y({column}::geometry) BETWEEN 50.7 AND 53.6"));
    }
}
