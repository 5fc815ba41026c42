using System.Diagnostics;
using System.Globalization;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.MapRule;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HoeWerktMijnStad.Bench;

/// <summary>The month close at scale (issue 5): 100,000 partners and about 1,000,000 bookings; the site's own
/// <see cref="MonthlyMapRule.CloseAsync"/> beside its decisive query (<see cref="MonthlyMapRule.DueSql"/>) run
/// alone with the same parameters, repeated on the same data (reset between runs), with SQL checks after every close.
/// Usage: dotnet run -c Release --project bench/HoeWerktMijnStad.Bench -- monthclose [repetitions]</summary>
internal static class MonthCloseLoad
{
    private const string Name = "hwms_bench_month_close";

    public static async Task<int> RunAsync(string[] args, bool smoke = false)
    {
        var repetitions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var admin = await TestDatabaseServer.AdminConnectionStringAsync();
        // HWMS_BENCH_REUSE=1 reuses the database a run with HWMS_BENCH_KEEP=1 left (same month, no new load)
        var reuse = Environment.GetEnvironmentVariable("HWMS_BENCH_REUSE") is not null && await ExistsAsync(admin);
        if (!reuse)
        {
            await PostgisDatabase.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }

        var connectionString = reuse ? PostgisDatabase.WithDatabase(admin, Name) : await PostgisDatabase.CreateMigratedDatabaseAsync(admin, Name);

        // the latest month that is over and not a holiday month (those remove nobody), by the real clock
        var month = MapMonth.Current(TimeProvider.System).Previous;
        await using (var db = PostgisDatabase.CreateDbContext(connectionString))
        {
            while (await MonthlyMapRule.IsExemptAsync(db, month))
            {
                month = month.Previous;
            }
        }

        var load = Stopwatch.StartNew();
        if (reuse)
        {
            await SyntheticMonth.ResetAsync(connectionString);
        }

        var world = reuse
            ? await SyntheticMonth.CountAsync(connectionString, month)
            : await SyntheticMonth.LoadAsync(connectionString, month, partners: smoke ? 1_000 : 100_000, bookings: smoke ? 10_000 : 1_000_000, editors: smoke ? 40 : 4_000);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Loaded {world.Partners:N0} partners, {world.Bookings:N0} bookings, {world.Exemptions:N0} exemptions, {world.Editors:N0} partner editors in {load.Elapsed.TotalSeconds:0.0} s; closing {month} ({month.Name}): {world.Due:N0} partners due, {world.Mails:N0} mails"));

        if (Environment.GetEnvironmentVariable("HWMS_BENCH_EXPLAIN") is not null)
        {
            await ExplainAsync(connectionString, month);
        }

        // the site's own container and clock (TimeProvider.System): the month is over, so the close runs
        await using var site = new HwmsWebFactory(connectionString);
        var services = site.Services;
        using var log = new CommandLog();
        var phases = new List<Dictionary<string, (int Commands, double Ms)>>();

        var failed = false;
        var (queries, closes) = (new List<double>(), new List<double>());
        var removed = new List<int>();
        var mails = new List<int>();

        // one unreported run first: the close's code reaches its optimised JIT and the pools open
        for (var run = -1; run < repetitions; run++)
        {
            await SyntheticMonth.ResetAsync(connectionString);
            var watch = Stopwatch.StartNew();
            var due = await CountDueAsync(connectionString, month);
            var query = watch.Elapsed.TotalMilliseconds;

            await using var scope = services.CreateAsyncScope();
            var rule = scope.ServiceProvider.GetRequiredService<MonthlyMapRule>();
            log.Start();
            var started = DateTime.UtcNow;
            watch.Restart();
            var result = await rule.CloseAsync(month, null, "bench");
            var close = watch.Elapsed.TotalMilliseconds;
            var commands = log.Stop();
            if (Environment.GetEnvironmentVariable("HWMS_BENCH_TRACE") is not null)
            {
                foreach (var (text, ms, start) in commands)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  +{(start - started).TotalMilliseconds,7:0} ms {ms,7:0} ms  {text.ReplaceLineEndings(" ")[..Math.Min(100, text.Length)]}"));
                }
            }

            var (offMap, history, closeRemoved, queued, wrong) = await SyntheticMonth.VerifyAsync(connectionString, month);
            var ok = result.Succeeded && due == world.Due && result.Value!.Length == due && offMap == due && history == due
                     && closeRemoved == due && queued == world.Mails && wrong == 0;
            failed |= !ok;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(run < 0 ? "warm-up" : $"run {run + 1}")}: query {query:N0} ms ({due:N0} due), close {close:N0} ms ({result.Value?.Length ?? 0:N0} removed); after it: {offMap:N0} off the map, {history:N0} history lines, close row says {closeRemoved:N0}, {queued:N0} mails, {wrong} removed wrongly{(ok ? "" : " -- WRONG")}"));
            if (run >= 0)
            {
                queries.Add(query);
                closes.Add(close);
                removed.Add(result.Value!.Length);
                mails.Add(queued);
                phases.Add(Phases(commands, close));
            }
        }

        // the close's one statement as it ran inside the close (Npgsql's tracing), and each run's ratios
        var statements = phases.Select(p => p.TryGetValue(Parts[2], out var t) ? t.Ms : double.NaN).ToList();
        var (q, c, st) = (Summary(queries), Summary(closes), Summary(statements));
        var toQuery = Summary(closes.Select((close, i) => close / queries[i]).ToList());
        var toStatement = Summary(closes.Select((close, i) => close / statements[i]).ToList());
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{world.Partners:N0} partners, {world.Bookings:N0} bookings, closing {month}: {removed.Max():N0} partners removed, {mails.Max():N0} mails queued per close; {repetitions} runs after a warm-up run, reset between runs."));
        Console.WriteLine("| ms | median | max |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| (a) decisive query alone (count of the due partners) | {q.Median:N0} | {q.Max:N0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| (b) month close (CloseAsync, the site's own) | {c.Median:N0} | {c.Max:N0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| inside (b): its one statement (decide, update, history) | {st.Median:N0} | {st.Max:N0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| ratio close / query (per run) | {toQuery.Median:0.00} | {toQuery.Max:0.00} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| ratio close / its statement (per run) | {toStatement.Median:0.00} | {toStatement.Max:0.00} |"));

        // where the close's time goes: its database commands by what they do, the rest is the site's own work
        Console.WriteLine();
        Console.WriteLine("Inside the close (median over the runs):");
        Console.WriteLine("| part | commands | ms |");
        Console.WriteLine("|---|---|---|");
        foreach (var part in phases.SelectMany(p => p.Keys).Distinct().OrderBy(k => Array.IndexOf(Parts, k)))
        {
            var times = phases.Select(p => p.TryGetValue(part, out var t) ? t.Ms : 0).ToList();
            var count = phases.Max(p => p.TryGetValue(part, out var t) ? t.Commands : 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {part} | {count} | {Summary(times).Median:N0} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Goal: under 10 s: {(c.Max < 10_000 ? "met" : "NOT met")} (max {c.Max / 1000:0.0} s); within 2x the query: {(toQuery.Median <= 2 ? "met" : "NOT met")} ({toQuery.Median:0.00}x)."));
        Console.WriteLine(failed ? "Checks: FAILED (see the runs above)." : "Checks: every close removed exactly the due partners, wrote their history and their count, and queued their editors' mails.");

        if (Environment.GetEnvironmentVariable("HWMS_BENCH_KEEP") is null)
        {
            NpgsqlConnection.ClearAllPools();
            await PostgisDatabase.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }

        return failed ? 1 : 0;
    }

    private static readonly string[] Parts =
        ["claim the month", "holiday month?", "decide, update, history (one statement)", "count on the close row", "read the editors", "queue the mails", "other SQL", "the rest (C#, commit)"];

    /// <summary>The close's commands grouped by what they do, and the rest of its time.</summary>
    private static Dictionary<string, (int Commands, double Ms)> Phases(IReadOnlyList<(string Text, double Ms, DateTime Start)> commands, double total)
    {
        var parts = commands
            .GroupBy(c => c.Text switch
            {
                var t when t.Contains("INSERT INTO map_month_closes", StringComparison.Ordinal) => Parts[0],
                var t when t.Contains("map_exempt_months", StringComparison.Ordinal) => Parts[1],
                var t when t.Contains("WITH due AS", StringComparison.Ordinal) => Parts[2],
                var t when t.StartsWith("UPDATE map_month_closes", StringComparison.Ordinal) => Parts[3],
                var t when t.Contains("partner_editors", StringComparison.Ordinal) => Parts[4],
                var t when t.Contains("outbox_emails", StringComparison.Ordinal) => Parts[5],
                _ => Parts[6],
            })
            .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(c => c.Ms)));
        parts[Parts[7]] = (0, total - parts.Values.Sum(p => p.Item2));
        return parts;
    }

    private static async Task<bool> ExistsAsync(string admin)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT FROM pg_database WHERE datname = '{Name}')", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The close's decisive query alone, with the close's parameters, on a bare connection.</summary>
    private static async Task<int> CountDueAsync(string connectionString, MapMonth month)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*)::int FROM ({MonthlyMapRule.DueSql}) due", connection) { CommandTimeout = 600 };
        command.Parameters.AddRange(MonthlyMapRule.Parameters(month));
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExplainAsync(string connectionString, MapMonth month)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"EXPLAIN (ANALYZE, BUFFERS) SELECT count(*)::int FROM ({MonthlyMapRule.DueSql}) due", connection);
        command.Parameters.AddRange(MonthlyMapRule.Parameters(month));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine(reader.GetString(0));
        }
    }

    private static (double Median, double Max) Summary(List<double> times)
    {
        var sorted = times.Order().ToArray();
        var middle = sorted.Length / 2;
        return (sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2, sorted[^1]);
    }
}
