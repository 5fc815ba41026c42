using System.Diagnostics;
using System.Globalization;
using HoeWerktMijnStad.Bench;
using static HoeWerktMijnStad.Bench.Timings;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Map;
using Npgsql;

// Three benchmarks, chosen by the first argument (bench/README.md):
//   [map] [iterations]                      the map API against 100,000 synthetic sites, beside the raw SQL it runs (default)
//   bookings [clients] [requests per client]  booking under load, beside a raw insert of the same rows (BookingLoad)
//   monthclose [repetitions]                  the month close at 100,000 partners, beside its decisive query (MonthCloseLoad)
//   feeds [iterations]                        a school's calendar feed of 100 visits, beside the raw query of its rows (FeedLoad)
// --smoke: a tiny dataset and a few requests with the same correctness checks, so make test runs every bench and a
// bench that no longer runs or no longer checks out fails the build; its timings are printed, never asserted
var smoke = args.Contains("--smoke");
args = args.Where(a => a != "--smoke").ToArray();
if (args is ["bookings", ..])
{
    return await BookingLoad.RunAsync(smoke ? ["4", "5"] : args[1..], smoke);
}

if (args is ["feeds", ..])
{
    return await FeedLoad.RunAsync(args[1..], smoke);
}

if (args is ["monthclose", ..])
{
    return await MonthCloseLoad.RunAsync(smoke ? ["1"] : args[1..], smoke);
}

if (args is ["map", ..])
{
    args = args[1..];
}

var iterations = smoke ? 5 : args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
var admin = await TestDatabaseServer.AdminConnectionStringAsync();
const string Name = "hwms_bench_map";
await PostgisDatabase.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
var connectionString = await PostgisDatabase.CreateMigratedDatabaseAsync(admin, Name);

var load = Stopwatch.StartNew();
var (partnerCount, sitesPerPartner) = smoke ? (100, 20) : (1_000, 100);
await SyntheticCatalogue.LoadAsync(connectionString, partners: partnerCount, sitesPerPartner: sitesPerPartner);
Console.WriteLine($"Loaded {partnerCount * sitesPerPartner:N0} sites of {partnerCount:N0} partners in {load.Elapsed.TotalSeconds:0.0} s");

await using var factory = new HwmsWebFactory(connectionString);
using var http = new HttpClient { BaseAddress = factory.StartKestrel() };

(string Name, string Query)[] scenarios =
[
    ("district viewport (Amsterdam-Oost, bbox)", "?bbox=4.90,52.345,4.96,52.375"),
    ("near query (5 km around the Dam)", "?near=4.8932,52.3731&radius=5000"),
    ("whole region (no bbox, bounded)", ""),
];

// One unreported pass over every scenario first: the site's and the client's code reach their optimised
// (tier-1) JIT and the connection pools fill, so the first scenario is not measured on a cold process.
foreach (var (_, query) in scenarios)
{
    await MeasureAsync(50, () => GetAsync(http, query));
    await MeasureInsideAsync(connectionString, query, 50);
}

Console.WriteLine();
Console.WriteLine($"{iterations} sequential requests per scenario after a warm-up pass; times in ms.");
Console.WriteLine("| scenario | features | bytes | API p50 | API p95 | raw SQL p50 | raw SQL p95 | p95 ratio | query+read p50 | query+read p95 | GeoJSON p95 |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
var failed = false;
foreach (var (name, query) in scenarios)
{
    var api = await MeasureAsync(iterations, () => GetAsync(http, query));

    var (raw, queried, geoJson) = await MeasureInsideAsync(connectionString, query, iterations);
    var features = await CountFeaturesAsync(http, query);
    // the check: the API answers every scenario with features, as many as the site's own query finds
    if (features == 0 || features != queried.Item3)
    {
        Console.WriteLine($"{name}: the API returned {features} features, the query {queried.Item3} -- WRONG");
        failed = true;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {features} | {api.Bytes:N0} | {api.P50:0.0} | {api.P95:0.0} | {raw.P50:0.0} | {raw.P95:0.0} | {api.P95 / raw.P95:0.00} | {queried.P50:0.0} | {queried.P95:0.0} | {geoJson.P95:0.0} |"));
}

if (Environment.GetEnvironmentVariable("HWMS_BENCH_KEEP") is null)
{
    await PostgisDatabase.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
}

return failed ? 1 : 0;

/// <summary>The raw SQL the endpoint runs, and the endpoint's own parts (query and reading, GeoJSON writing) alone.</summary>
static async Task<((double P50, double P95) Raw, (double P50, double P95, int) Query, (double P50, double P95, int) GeoJson)> MeasureInsideAsync(
    string connectionString, string query, int iterations)
{
    var (filter, _) = MapFilterParser.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query), HoeWerktMijnStad.Web.Infrastructure.Time.AmsterdamTime.Today(TimeProvider.System));
    var mapQuery = new MapFeatureQuery(new BenchDbContexts(connectionString));
    var result = await mapQuery.RunAsync(filter);
    if (Environment.GetEnvironmentVariable("HWMS_BENCH_SQL") is not null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var partners = await MapSql.VisiblePartnersAsync(await OpenAsync(connection), filter);
        foreach (var command in MapSql.Build(filter, MapFeatureQuery.DefaultLimit, partners).Commands.BatchCommands)
        {
            Console.WriteLine(command.CommandText);
        }
    }

    var queried = await MeasureAsync(iterations, async () => (await mapQuery.RunAsync(filter)).Features.Count);
    var geoJson = await MeasureAsync(iterations, () => Task.FromResult(GeoJsonWriter.Write(result).Length));

    // The very batch the endpoint sends (same statements, same parameters) on a bare connection that reads
    // every column: the floor the endpoint cannot beat.
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
        var partners = await MapSql.VisiblePartnersAsync(connection, filter);
        await using var batch = MapSql.Build(filter, MapFeatureQuery.DefaultLimit, partners).Commands;
        batch.Connection = connection;
        await using var reader = await batch.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
            {
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    _ = reader.GetValue(c);
                }

                rows++;
            }
        }
        while (await reader.NextResultAsync());

        return rows;
    });
    return ((raw.P50, raw.P95), queried, geoJson);
}

// The client shares the process (and its garbage collector) with the site: it reads the answer into one reused
// buffer, so that its own allocations do not pause the server it measures.
static async Task<int> GetAsync(HttpClient http, string query)
{
    using var response = await http.GetAsync($"/api/map/features{query}", HttpCompletionOption.ResponseHeadersRead);
    response.EnsureSuccessStatusCode();
    await using var body = await response.Content.ReadAsStreamAsync();
    var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
    int read, total = 0;
    while ((read = await body.ReadAsync(buffer)) > 0)
    {
        total += read;
    }

    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
    return total;
}

static async Task<NpgsqlConnection> OpenAsync(NpgsqlConnection connection)
{
    await connection.OpenAsync();
    return connection;
}

static async Task<int> CountFeaturesAsync(HttpClient http, string query)
{
    using var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"/api/map/features{query}"));
    return json.RootElement.GetProperty("features").GetArrayLength();
}
