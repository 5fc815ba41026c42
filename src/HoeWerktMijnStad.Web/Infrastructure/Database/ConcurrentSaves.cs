using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HoeWerktMijnStad.Web.Infrastructure.Database;

/// <summary>Two requests at once (a double click, two tabs) can both pass a "does it exist yet?" check; the
/// database's unique index or a vanished row then refuses the second. That is a message for the user, not
/// a server error.</summary>
public static class ConcurrentSaves
{
    /// <summary>Saves, or returns false when a unique index or a concurrent removal refused the change.</summary>
    public static async Task<bool> TrySaveChangesAsync(this DbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return false;
        }
    }
}
