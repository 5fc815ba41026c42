using System.Data.Common;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HoeWerktMijnStad.Web.Infrastructure.Caching;

/// <summary>Read your own writes on the node that writes: a command of this node's contexts that changes rows empties
/// this node's cache of public pages at once, so the page after a save (the editor's next look at the map) is never
/// an older copy. The NOTIFY that the commit sends (<see cref="PublicDataChanges"/>) then empties every node's
/// cache again, including a copy another visitor may have rendered between this command and the commit (ADR 0033).
/// It errs on the side of emptying: any INSERT, UPDATE or DELETE counts, also one on a table no page shows.</summary>
public sealed class PublicDataWrites(IOutputCacheStore store) : DbCommandInterceptor
{
    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        await EvictIfWriteAsync(command);
        return result;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        EvictIfWriteAsync(command).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictIfWriteAsync(command);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        EvictIfWriteAsync(command).AsTask().GetAwaiter().GetResult();
        return result;
    }

    private ValueTask EvictIfWriteAsync(DbCommand command) =>
        IsWrite(command.CommandText) ? store.EvictByTagAsync(PublicPageCache.Tag, CancellationToken.None) : ValueTask.CompletedTask;

    internal static bool IsWrite(string sql) =>
        sql.Contains("INSERT INTO", StringComparison.OrdinalIgnoreCase)
        || sql.Contains("UPDATE ", StringComparison.OrdinalIgnoreCase)
        || sql.Contains("DELETE FROM", StringComparison.OrdinalIgnoreCase);
}
