using HoeWerktMijnStad.Web.Features.Bookings;
using Npgsql;

namespace HoeWerktMijnStad.Bench;

/// <summary>A slot to book, with what a request needs to know of it.</summary>
internal sealed record BenchSlot(int Id, int ActivityId, int PartnerId);

/// <summary>What the booking bench books on: teachers of their own schools, the school's checklist items to
/// confirm, one popular slot (room for a few groups), one hot slot (room for every request) and many slots.</summary>
internal sealed record BookingWorld(
    IReadOnlyList<Applicant> Teachers, IReadOnlyList<(int Id, string Text)> Confirmations,
    BenchSlot Popular, BenchSlot Hot, IReadOnlyList<BenchSlot> Many)
{
    public const int PopularGroups = 30;
}

/// <summary>Fills the booking bench's database in a few set-based statements, empties its bookings between
/// runs, and checks that no slot holds more than it may.</summary>
internal static class SyntheticBookings
{
    public static async Task<BookingWorld> LoadAsync(string connectionString, int partners, int manySlots, int hotGroups)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var sql = $$"""
            SELECT setseed(0.42);
            INSERT INTO partners (slug, name, kind, themes, pitch, page_markdown, audience_levels, map_status, joined_on)
            SELECT 'partner-' || g, 'Partner ' || g, 'installation_company', '{energie}', 'Synthetisch', '', '{vmbo}', 'on_map', DATE '2024-01-01'
            FROM generate_series(1, {{partners}}) g;

            INSERT INTO sites (partner_id, name, kind, address, city, location)
            SELECT p.id, 'Locatie ' || p.id, 'office', 'Straat 1', 'Amsterdam',
                   ST_SetSRID(ST_MakePoint(4.60 + random() * 0.70, 52.20 + random() * 0.35), 4326)::geography
            FROM partners p;

            INSERT INTO activities (partner_id, title, type, description, levels, themes, min_group_size, max_group_size, duration_minutes, site_id, booking_mode)
            SELECT s.partner_id, 'Activiteit ' || s.id || '-' || k, (ARRAY['company_visit','workshop'])[k]::activity_type, '',
                   '{vmbo}', '{energie}', 1, 30, 90, s.id, 'fixed_slots'
            FROM sites s, generate_series(1, 2) k;

            INSERT INTO schools (name, type, levels, level_detail, address, city, district, location)
            SELECT 'School ' || g, 'secondary', '{vmbo}', '', 'Schoolweg ' || g, 'Amsterdam', '',
                   ST_SetSRID(ST_MakePoint(4.60 + random() * 0.70, 52.20 + random() * 0.35), 4326)::geography
            FROM generate_series(1, {{partners}}) g;

            INSERT INTO asp_net_users (id, display_name, school_id, created_at, user_name, normalized_user_name, email, normalized_email,
                                       email_confirmed, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled,
                                       lockout_enabled, access_failed_count)
            SELECT 'bench-teacher-' || s.id, 'Docent ' || s.id, s.id, now(), 'docent' || s.id || '@school.example.nl',
                   'DOCENT' || s.id || '@SCHOOL.EXAMPLE.NL', 'docent' || s.id || '@school.example.nl', 'DOCENT' || s.id || '@SCHOOL.EXAMPLE.NL',
                   true, gen_random_uuid()::text, gen_random_uuid()::text, false, false, true, 0
            FROM schools s;

            -- the many slots: spread over every activity, 7 to 60 days ahead (nearer ones leave the partner too little
            -- time to answer and are not offered since issue 17), room for 4 classes each
            INSERT INTO slots (activity_id, starts_at, ends_at, capacity_pupils, capacity_groups, booked_pupils, booked_groups, closed)
            SELECT a.id, date_trunc('day', now()) + make_interval(days => 7 + g % 54, hours => 8 + g % 8),
                   date_trunc('day', now()) + make_interval(days => 7 + g % 54, hours => 8 + g % 8, mins => 90), 120, 4, 0, 0, false
            FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM activities) a
            JOIN generate_series(0, {{manySlots - 1}}) g ON g % a.total = a.n;

            -- the popular slot (30 classes fit; most of the requests lose) and the hot slot (every request fits)
            INSERT INTO slots (activity_id, starts_at, ends_at, capacity_pupils, capacity_groups, booked_pupils, booked_groups, closed)
            VALUES ((SELECT min(id) FROM activities), date_trunc('day', now()) + interval '7 days 10 hours',
                    date_trunc('day', now()) + interval '7 days 11 hours 30 minutes', {{BookingWorld.PopularGroups * 30}}, {{BookingWorld.PopularGroups}}, 0, 0, false),
                   ((SELECT max(id) FROM activities), date_trunc('day', now()) + interval '8 days 10 hours',
                    date_trunc('day', now()) + interval '8 days 11 hours 30 minutes', {{hotGroups * 30}}, {{hotGroups}}, 0, 0, false);
            """;
        await using (var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 })
        {
            await command.ExecuteNonQueryAsync();
        }

        await ExecuteAsync(connection, "VACUUM ANALYZE");

        var teachers = await ReadAsync(connection, "SELECT id, display_name, school_id FROM asp_net_users ORDER BY school_id",
            r => new Applicant(r.GetString(0), r.GetString(1), r.GetInt32(2)));
        var confirmations = await ReadAsync(connection, "SELECT id, text FROM checklist_template_items WHERE confirm_on_apply ORDER BY position",
            r => (r.GetInt32(0), r.GetString(1)));
        var slots = await ReadAsync(connection,
            "SELECT s.id, s.activity_id, a.partner_id, s.capacity_groups FROM slots s JOIN activities a ON a.id = s.activity_id ORDER BY s.id",
            r => (Slot: new BenchSlot(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2)), Groups: r.GetInt32(3)));
        return new BookingWorld(teachers, confirmations,
            slots.Single(s => s.Groups == BookingWorld.PopularGroups).Slot,
            slots.Single(s => s.Groups == hotGroups).Slot,
            slots.Where(s => s.Groups == 4).Select(s => s.Slot).ToList());
    }

    /// <summary>No bookings, every slot empty: the next run starts where the previous one started.</summary>
    public static async Task ResetAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, """
            -- CASCADE: every table that points at a booking (its checklist, history, evaluations, best practices,
            -- demand offers, mails) is emptied with it, also one a later feature adds; the bench world has no other rows there
            TRUNCATE bookings, outbox_emails CASCADE;
            UPDATE slots SET booked_pupils = 0, booked_groups = 0 WHERE booked_groups > 0 OR booked_pupils > 0;
            """);
        await ExecuteAsync(connection, "VACUUM ANALYZE slots, bookings, booking_events");
    }

    /// <summary>Slots whose holding bookings (requested or confirmed) exceed the capacity, slots whose counters
    /// differ from those bookings' sums, and the number of bookings.</summary>
    public static async Task<(int Overbooked, int CountersOff, int Slots, int Bookings)> VerifyAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var rows = await ReadAsync(connection, """
            SELECT count(*) FILTER (WHERE coalesce(b.pupils, 0) > s.capacity_pupils OR coalesce(b.groups, 0) > s.capacity_groups
                                       OR s.booked_pupils > s.capacity_pupils OR s.booked_groups > s.capacity_groups)::int,
                   count(*) FILTER (WHERE s.booked_pupils <> coalesce(b.pupils, 0) OR s.booked_groups <> coalesce(b.groups, 0))::int,
                   count(*)::int,
                   (SELECT count(*) FROM bookings)::int
            FROM slots s
            LEFT JOIN (SELECT slot_id, sum(pupils) AS pupils, count(*) AS groups FROM bookings
                       WHERE state IN ('requested', 'confirmed') AND slot_id IS NOT NULL GROUP BY slot_id) b ON b.slot_id = s.id
            """, r => (r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)));
        return rows.Single();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<T>> ReadAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
