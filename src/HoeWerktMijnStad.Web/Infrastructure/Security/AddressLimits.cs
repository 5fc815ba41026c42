using System.Security.Cryptography;
using System.Text;
using HoeWerktMijnStad.Data;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Infrastructure.Security;

/// <summary>One limit of the site: how often one target may be acted on in a window.</summary>
public sealed record AddressLimit(string Name, int Permits, TimeSpan Window);

/// <summary>Limits per target (the e-mail address a form names, the account it acts for), beside the limits per
/// client address that ASP.NET Core's rate limiter keeps: an attacker with many client addresses still cannot mail
/// one address, or guess one account's password, more often than this allows. One fixed window per target in
/// PostgreSQL, counted by a single upsert, so every web node shares it.</summary>
public sealed class AddressLimits(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Failed sign-ins per address, known or not (Identity's lockout counts a known account's on top).</summary>
    public static readonly AddressLimit Login = new("inloggen", 10, TimeSpan.FromMinutes(15));
    public static readonly AddressLimit Registration = new("registreren", 3, TimeSpan.FromHours(1));
    public static readonly AddressLimit PasswordReset = new("wachtwoord", 3, TimeSpan.FromHours(1));
    public static readonly AddressLimit AddressChange = new("nieuw-adres", 3, TimeSpan.FromHours(1));
    public static readonly AddressLimit DemandPost = new("vraag", 20, TimeSpan.FromDays(1));

    /// <summary>Whether the target has used up its window, without counting (a sign-in counts only its failures).</summary>
    public async Task<TimeSpan?> UsedUpAsync(AddressLimit limit, string target, CancellationToken cancellationToken = default)
    {
        var key = Key(limit, target);
        var now = clock.GetUtcNow();
        var windowEnds = now - limit.Window;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var start = await db.RateLimitWindows.AsNoTracking().Where(w => w.Key == key && w.Hits >= limit.Permits && w.WindowStart > windowEnds)
            .Select(w => (DateTimeOffset?)w.WindowStart).SingleOrDefaultAsync(cancellationToken);
        return start + limit.Window - now;
    }

    /// <summary>Counts one more for the target: null when it is allowed, otherwise how long until it is again.</summary>
    public async Task<TimeSpan?> TakeAsync(AddressLimit limit, string target, CancellationToken cancellationToken = default)
    {
        var key = Key(limit, target);
        var now = clock.GetUtcNow();
        var windowEnds = now - limit.Window;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Database.SqlQuery<Counted>($"""
            INSERT INTO rate_limit_windows AS w (key, window_start, hits) VALUES ({key}, {now}, 1)
            ON CONFLICT (key) DO UPDATE SET
                hits = CASE WHEN w.window_start <= {windowEnds} THEN 1 ELSE w.hits + 1 END,
                window_start = CASE WHEN w.window_start <= {windowEnds} THEN {now} ELSE w.window_start END
            RETURNING w.hits AS "Hits", w.window_start AS "WindowStart"
            """).ToListAsync(cancellationToken);
        var counted = row[0];
        return counted.Hits <= limit.Permits ? null : counted.WindowStart + limit.Window - now;
    }

    private static string Key(AddressLimit limit, string target) =>
        $"{limit.Name}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(target.Trim().ToLowerInvariant())))[..40]}";

    /// <summary>"over 12 minuten", for the page that says when to try again.</summary>
    public static string WhenAgain(TimeSpan wait) => wait.TotalMinutes < 1.5 ? "over een minuut"
        : wait.TotalHours < 1.5 ? $"over {Math.Ceiling(wait.TotalMinutes)} minuten"
        : $"over {Math.Ceiling(wait.TotalHours)} uur";

    private sealed record Counted(int Hits, DateTimeOffset WindowStart);
}
