using System.Diagnostics;
using System.Globalization;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Bookings;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HoeWerktMijnStad.Bench;

/// <summary>Booking under load (issue 4): many clients at once submit applications through the site's own
/// <see cref="BookingRequests.SubmitAsync"/>, beside a raw Npgsql insert of the same rows with the same
/// concurrency; after every run SQL checks that no slot holds more than its capacity.
/// Usage: dotnet run -c Release --project bench/HoeWerktMijnStad.Bench -- bookings [clients] [requests per client]</summary>
internal static class BookingLoad
{
    private const string Name = "hwms_bench_bookings";

    /// <param name="Cpu">CPU time per request in ms: this process's (site and client) + PostgreSQL's.</param>
    private sealed record Measured(int Requests, int Booked, double PerSecond, double P50, double P95, string Cpu);

    public static async Task<int> RunAsync(string[] args, bool smoke = false)
    {
        var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 24;
        var perClient = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        var total = clients * perClient;

        var admin = await TestDatabaseServer.AdminConnectionStringAsync();
        await PostgisDatabase.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        var connectionString = await PostgisDatabase.CreateMigratedDatabaseAsync(admin, Name);
        var load = Stopwatch.StartNew();
        var (partners, manySlots) = smoke ? (20, 50) : (300, 2_000);
        var world = await SyntheticBookings.LoadAsync(connectionString, partners: partners, manySlots: manySlots, hotGroups: Math.Max(total, 1_000));
        Console.WriteLine($"Loaded {partners} partners, {partners * 2} activities, {partners} schools and teachers, {world.Many.Count + 2:N0} slots in {load.Elapsed.TotalSeconds:0.0} s");

        // the site's own container: BookingRequests as the form uses it, with the real clock (TimeProvider.System)
        await using var site = new HwmsWebFactory(connectionString);
        var services = site.Services;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var serverCpu = await ServerCpu.FindAsync(connectionString);
        var confirmations = world.Confirmations.Select(c => c.Text).ToArray();

        Func<BookingRequest, Task<bool>> ours = async request =>
        {
            // one scope per request, as one web request has
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<BookingRequests>()
                .SubmitAsync(request.Slot.ActivityId, Form(request, world), request.Teacher);
            if (result.Succeeded || result.FirstError?.Code == BookingRequests.SlotTaken)
            {
                return result.Succeeded;
            }

            throw new InvalidOperationException("Refused for another reason than a full slot: " + string.Join("; ", result.Errors));
        };
        Func<BookingRequest, Task<bool>> raw = request => RawBooking.SubmitAsync(dataSource, request, confirmations);

        var random = new Random(42);
        (string Name, BookingRequest[] Requests)[] scenarios =
        [
            ($"one popular slot ({BookingWorld.PopularGroups} classes fit)", Requests(total, world, _ => world.Popular)),
            ("one hot slot (room for every request)", Requests(total, world, _ => world.Hot)),
            ($"many slots ({world.Many.Count:N0}, 4 classes fit in each)", Requests(total, world, _ => world.Many[random.Next(world.Many.Count)])),
        ];

        // an unreported pass first: both paths reach their optimised JIT and fill their connection pools
        foreach (var (_, requests) in scenarios)
        {
            foreach (var path in new[] { ours, raw })
            {
                await MeasureAsync(requests[..Math.Min(requests.Length, 20 * clients)], clients, path, serverCpu);
                await SyntheticBookings.ResetAsync(connectionString);
            }
        }

        var failed = false;
        var rows = new List<string>();
        foreach (var (name, requests) in scenarios)
        {
            var measured = new List<Measured>();
            foreach (var (path, submit) in new[] { ("ours", ours), ("raw", raw) })
            {
                var result = await MeasureAsync(requests, clients, submit, serverCpu);
                failed |= !await VerifiedAsync($"{name}, {path}", connectionString, result.Booked);
                await SyntheticBookings.ResetAsync(connectionString);
                measured.Add(result);
            }

            var (o, r) = (measured[0], measured[1]);
            failed |= o.Booked != r.Booked;
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {o.Requests:N0} | {o.Booked:N0} | {o.Requests - o.Booked:N0} | {o.PerSecond:N0} | {o.P50:0.0} | {o.P95:0.0} | {o.Cpu} | {r.PerSecond:N0} | {r.P50:0.0} | {r.P95:0.0} | {r.Cpu} | {o.PerSecond / r.PerSecond:0.00} | {o.P95 / r.P95:0.00} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"{clients} concurrent clients, {total:N0} applications per scenario and path after a warm-up pass; times in ms; req/s over the wall-clock time of all {total:N0}.");
        Console.WriteLine("CPU: ms of CPU time per request, this process's (site and client) + PostgreSQL's.");
        Console.WriteLine("| scenario | requests | booked | refused | ours req/s | ours p50 | ours p95 | ours CPU | raw req/s | raw p50 | raw p95 | raw CPU | req/s ours/raw | p95 ours/raw |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.ForEach(Console.WriteLine);

        if (Environment.GetEnvironmentVariable("HWMS_BENCH_KEEP") is null)
        {
            NpgsqlConnection.ClearAllPools();
            await PostgisDatabase.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }

        return failed ? 1 : 0;
    }

    private static BookingRequest[] Requests(int count, BookingWorld world, Func<int, BenchSlot> slot)
    {
        var random = new Random(7);
        return Enumerable.Range(0, count)
            .Select(i => new BookingRequest(Guid.NewGuid(), slot(i), random.Next(10, 31), world.Teachers[i % world.Teachers.Count]))
            .ToArray();
    }

    private static ApplicationInput Form(BookingRequest request, BookingWorld world) => new()
    {
        RequestKey = request.RequestKey,
        SlotId = request.Slot.Id,
        Level = EducationLevel.Vmbo,
        ClassYear = 3,
        Pupils = request.Pupils,
        Adults = 2,
        DayPhone = "06 12345678",
        Travel = TravelMode.Bike,
        Confirmations = world.Confirmations.Select(c => new ApplicationInput.Confirmation { Id = c.Id, Checked = true }).ToList(),
    };

    /// <summary>Every client takes the next request until none is left; latency is per request, req/s over the
    /// wall-clock time of the whole run.</summary>
    private static async Task<Measured> MeasureAsync(BookingRequest[] requests, int clients, Func<BookingRequest, Task<bool>> submit, ServerCpu serverCpu)
    {
        var times = new double[requests.Length];
        int next = -1, booked = 0;
        var (cpu, dbCpu) = (Environment.CpuUsage.TotalTime, serverCpu.Total());
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests.Length)
            {
                var start = Stopwatch.GetTimestamp();
                if (await submit(requests[i]))
                {
                    Interlocked.Increment(ref booked);
                }

                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        })));
        var seconds = wall.Elapsed.TotalSeconds;
        var cpuMs = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / requests.Length;
        var dbCpuMs = (serverCpu.Total() - dbCpu)?.TotalMilliseconds / requests.Length;
        Array.Sort(times);
        return new Measured(requests.Length, booked, requests.Length / seconds,
            times[times.Length / 2], times[(int)Math.Ceiling(times.Length * 0.95) - 1],
            string.Create(CultureInfo.InvariantCulture, $"{cpuMs:0.0} + {(dbCpuMs is { } db ? db.ToString("0.0", CultureInfo.InvariantCulture) : "?")}"));
    }

    private static async Task<bool> VerifiedAsync(string run, string connectionString, int booked)
    {
        var (overbooked, countersOff, slots, bookings) = await SyntheticBookings.VerifyAsync(connectionString);
        Console.WriteLine($"{run}: overbooked slots: {overbooked}; counters off their bookings: {countersOff} of {slots:N0} slots; {bookings:N0} bookings for {booked:N0} successes");
        return overbooked == 0 && countersOff == 0 && bookings == booked;
    }
}
