using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.WebUtilities;
using Npgsql;

namespace HoeWerktMijnStad.Bench;

/// <summary>A school's calendar feed with 100 confirmed visits (issue 19): the endpoint beside the raw query of the
/// same rows on a bare connection, in the same run. Checks: Ical.Net parses the feed, it holds every visit, and an
/// unchanged feed answers 304. Usage: dotnet run -c Release --project bench/HoeWerktMijnStad.Bench -- feeds [iterations]</summary>
internal static class FeedLoad
{
    private const string Name = "hwms_bench_feeds";
    private const int Visits = 100;

    /// <summary>What the feed reads, written out: the visits of one school with their activity, partner and place.</summary>
    private const string RawSql = """
        SELECT b.id, b.starts_at, b.ends_at, b.sequence, b.state, a.title, p.name, s.name, b.level, b.class_year, b.pupils,
               st.name, st.address, st.city, ST_X(st.location::geometry), ST_Y(st.location::geometry)
        FROM bookings b JOIN activities a ON a.id = b.activity_id JOIN partners p ON p.id = b.partner_id JOIN schools s ON s.id = b.school_id
        LEFT JOIN sites st ON st.id = a.site_id
        WHERE b.school_id = @school AND b.starts_at IS NOT NULL AND b.starts_at >= now() - interval '365 days'
          AND (b.state IN ('confirmed', 'completed') OR (b.state = 'cancelled' AND EXISTS (SELECT 1 FROM booking_checklist_items c WHERE c.booking_id = b.id)))
        ORDER BY b.starts_at
        """;

    public static async Task<int> RunAsync(string[] args, bool smoke)
    {
        var iterations = smoke ? 5 : args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        var admin = await TestDatabaseServer.AdminConnectionStringAsync();
        await PostgisDatabase.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        var connectionString = await PostgisDatabase.CreateMigratedDatabaseAsync(admin, Name);
        var token = RandomNumberGenerator.GetBytes(32);
        var schoolId = await LoadAsync(connectionString, token);

        await using var factory = new HwmsWebFactory(connectionString);
        using var http = new HttpClient { BaseAddress = factory.StartKestrel() };
        var path = $"/agenda/school/{WebEncoders.Base64UrlEncode(token)}.ics";

        // the checks: a calendar library reads every visit, and an unchanged feed costs a 304
        var first = await http.GetAsync(path);
        var text = await first.Content.ReadAsStringAsync();
        var events = Ical.Net.Calendar.Load(text)?.Events.Count ?? 0;
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = (await http.SendAsync(again)).StatusCode;
        var failed = first.StatusCode != HttpStatusCode.OK || events != Visits || notModified != HttpStatusCode.NotModified;
        Console.WriteLine($"Feed of {Visits} visits: {first.StatusCode}, {text.Length:N0} characters, {events} events parsed by Ical.Net, "
            + $"If-None-Match: {(int)notModified}{(failed ? " -- WRONG" : "")}");

        // each measurement starts with 30 unmeasured runs: tier-1 JIT, full pools
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var api = await Timings.MeasureAsync(iterations, async () => (await http.GetByteArrayAsync(path)).Length);
        var raw = await Timings.MeasureAsync(iterations, () => RawAsync(connection, schoolId));
        Console.WriteLine();
        Console.WriteLine($"{iterations} sequential requests after 30 unmeasured ones; times in ms.");
        Console.WriteLine("| feed | API p50 | API p95 | raw SQL p50 | raw SQL p95 | p95 ratio |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| school, {Visits} visits | {api.P50:0.0} | {api.P95:0.0} | {raw.P50:0.00} | {raw.P95:0.00} | {api.P95 / raw.P95:0.0} |"));

        if (Environment.GetEnvironmentVariable("HWMS_BENCH_KEEP") is null)
        {
            NpgsqlConnection.ClearAllPools();
            await PostgisDatabase.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }

        return failed ? 1 : 0;
    }

    private static async Task<int> RawAsync(NpgsqlConnection connection, int schoolId)
    {
        await using var command = new NpgsqlCommand(RawSql, connection);
        command.Parameters.AddWithValue("school", schoolId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }

            rows++;
        }

        return rows;
    }

    /// <summary>One partner, one site and activity, a school with 100 confirmed visits in the coming months, and the
    /// school's feed under the given token (only its hash, as the site keeps it).</summary>
    private static async Task<int> LoadAsync(string connectionString, byte[] token)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var sql = $$"""
            INSERT INTO partners (slug, name, kind, themes, pitch, page_markdown, audience_levels, map_status, joined_on)
            VALUES ('feed-partner', 'Partner van de feed', 'installation_company', '{energie}', 'Synthetisch', '', '{vmbo}', 'on_map', DATE '2024-01-01');
            INSERT INTO sites (partner_id, name, kind, address, city, location)
            SELECT id, 'Werkplaats', 'office', 'Straat 1', 'Amsterdam', ST_SetSRID(ST_MakePoint(4.9, 52.37), 4326)::geography FROM partners;
            INSERT INTO activities (partner_id, title, type, description, levels, themes, min_group_size, max_group_size, duration_minutes, site_id, booking_mode)
            SELECT partner_id, 'Kijkje in de werkplaats', 'company_visit', '', '{vmbo}', '{energie}', 1, 30, 90, id, 'on_request' FROM sites;
            INSERT INTO schools (name, type, levels, level_detail, address, city, district, location)
            VALUES ('School van de feed', 'secondary', '{vmbo}', '', 'Schoolweg 1', 'Amsterdam', '', ST_SetSRID(ST_MakePoint(4.93, 52.36), 4326)::geography);
            INSERT INTO bookings (request_key, activity_id, partner_id, school_id, date_options, starts_at, ends_at, state, level, class_year,
                                  pupils, adults, learning_goals, special_needs, travel, day_phone, applied_confirmations, leader_attending, sequence, created_at)
            SELECT gen_random_uuid(), a.id, a.partner_id, s.id, ARRAY[d.at], d.at, d.at + interval '90 minutes', 'confirmed', 'vmbo', 3,
                   20, 2, '', '', 'bike', '', '{}', false, 1, now()
            FROM activities a, schools s,
                 LATERAL (SELECT date_trunc('day', now()) + g * interval '1 day' + interval '8 hours' AS at FROM generate_series(1, {{Visits}}) g) d;
            INSERT INTO calendar_feeds (school_id, token_hash, created_at) SELECT id, @hash, now() FROM schools;
            SELECT id FROM schools;
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("hash", SHA256.HashData(token));
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
