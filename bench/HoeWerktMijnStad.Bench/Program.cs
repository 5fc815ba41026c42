using System.Diagnostics;
using System.Globalization;
using HoeWerktMijnStad.Bench;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Map;
using Npgsql;

// The map API against 100,000 synthetic sites, beside the raw SQL the endpoint runs, in one run.
// Usage: dotnet run -c Release --project bench/HoeWerktMijnStad.Bench [iterations]
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
var admin = await TestDatabaseServer.AdminConnectionStringAsync();
const string Name = "hwms_bench_map";
await PostgisDatabase.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
var connectionString = await PostgisDatabase.CreateMigratedDatabaseAsync(admin, Name);

var load = Stopwatch.StartNew();
await SyntheticCatalogue.LoadAsync(connectionString, partners: 1_000, sitesPerPartner: 100);
Console.WriteLine($"Loaded 100,000 sites, 1,000 worksites, 2,000 schools in {load.Elapsed.TotalSeconds:0.0} s");

await using var factory = new HwmsWebFactory(connectionString);
using var http = new HttpClient { BaseAddress = factory.StartKestrel() };

(string Name, string Query)[] scenarios =
[
    ("district viewport (Amsterdam-Oost, bbox)", "?bbox=4.90,52.345,4.96,52.375"),
    ("near query (5 km around the Dam)", "?near=4.8932,52.3731&radius=5000"),
    ("whole region (no bbox, bounded)", ""),
];

Console.WriteLine();
Console.WriteLine($"{iterations} sequential requests per scenario after 30 warm-up requests; times in ms.");
Console.WriteLine("| scenario | features | bytes | API p50 | API p95 | raw SQL p50 | raw SQL p95 | p95 ratio | query+EF p95 | GeoJSON p95 |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
foreach (var (name, query) in scenarios)
{
    var api = await MeasureAsync(iterations, async () =>
    {
        using var response = await http.GetAsync($"/api/map/features{query}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    });

    var (raw, efQuery, geoJson) = await MeasureInsideAsync(connectionString, query, iterations);
    var features = await CountFeaturesAsync(http, query);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {features} | {api.Bytes:N0} | {api.P50:0.0} | {api.P95:0.0} | {raw.P50:0.0} | {raw.P95:0.0} | {api.P95 / raw.P95:0.00} | {efQuery.P95:0.0} | {geoJson.P95:0.0} |"));
}

if (Environment.GetEnvironmentVariable("HWMS_BENCH_KEEP") is null)
{
    await PostgisDatabase.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
}

return;

static async Task<(double P50, double P95, int Bytes)> MeasureAsync(int iterations, Func<Task<int>> run)
{
    var bytes = 0;
    for (var i = 0; i < 30; i++)
    {
        bytes = await run();
    }

    var times = new double[iterations];
    for (var i = 0; i < iterations; i++)
    {
        var watch = Stopwatch.StartNew();
        await run();
        times[i] = watch.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    return (times[iterations / 2], times[(int)Math.Ceiling(iterations * 0.95) - 1], bytes);
}

/// <summary>The raw SQL the endpoint runs, and the endpoint's own parts (query with EF, GeoJSON writing) alone.</summary>
static async Task<((double P50, double P95) Raw, (double P50, double P95, int) EfQuery, (double P50, double P95, int) GeoJson)> MeasureInsideAsync(
    string connectionString, string query, int iterations)
{
    // Capture the SQL the endpoint sends for this filter, then run it bare: same statements, same parameters.
    var captured = new CapturedCommands(connectionString);
    var (filter, _) = MapFilterParser.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query), DateOnly.FromDateTime(DateTime.Today));
    var mapQuery = new MapFeatureQuery(captured);
    var result = await mapQuery.RunAsync(filter);
    captured.Recording = false;
    if (Environment.GetEnvironmentVariable("HWMS_BENCH_SQL") is not null)
    {
        captured.Commands.ForEach(c => Console.WriteLine(c.CommandText));
    }

    var efQuery = await MeasureAsync(iterations, async () => (await mapQuery.RunAsync(filter)).Features.Count);
    var geoJson = await MeasureAsync(iterations, () => Task.FromResult(GeoJsonWriter.Write(result).Length));

    var dataSourceBuilder = new NpgsqlDataSourceBuilder(connectionString);
    dataSourceBuilder.UseNetTopologySuite(geographyAsDefault: true);
    foreach (var (clrType, pgName) in HoeWerktMijnStad.Data.PostgresEnums.All)
    {
        dataSourceBuilder.MapEnum(clrType, pgName);
    }

    await using var dataSource = dataSourceBuilder.Build();
    var raw = await MeasureAsync(iterations, async () =>
    {
        var rows = 0;
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var template in captured.Commands)
        {
            await using var command = template.Clone();
            command.Connection = connection;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    _ = reader.GetValue(c);
                }

                rows++;
            }
        }

        return rows;
    });
    return ((raw.P50, raw.P95), efQuery, geoJson);
}

static async Task<int> CountFeaturesAsync(HttpClient http, string query)
{
    using var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"/api/map/features{query}"));
    return json.RootElement.GetProperty("features").GetArrayLength();
}
