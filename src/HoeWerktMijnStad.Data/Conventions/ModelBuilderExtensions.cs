using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Conventions;

internal static class ModelBuilderExtensions
{
    /// <summary>A check constraint that admits only the names of <typeparamref name="TEnum"/>, as stored.</summary>
    public static void HasEnumCheck<TEntity, TEnum>(this EntityTypeBuilder<TEntity> builder, string column)
        where TEntity : class
        where TEnum : struct, Enum
    {
        var names = string.Join(", ", Enum.GetNames<TEnum>().Select(n => $"'{n}'"));
        builder.ToTable(t => t.HasCheckConstraint($"ck_{builder.Metadata.GetTableName()}_{column}", $"{column} IN ({names})"));
    }

    /// <summary>Every element of an enum array column must be a known name (and the array has no duplicates).</summary>
    public static void HasEnumArrayCheck<TEntity, TEnum>(this EntityTypeBuilder<TEntity> builder, string column)
        where TEntity : class
        where TEnum : struct, Enum
    {
        var names = string.Join(", ", Enum.GetNames<TEnum>().Select(n => $"'{n}'"));
        builder.ToTable(t => t.HasCheckConstraint(
            $"ck_{builder.Metadata.GetTableName()}_{column}",
            $"{column} <@ ARRAY[{names}]::varchar(32)[]"));
    }

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
