using System.Globalization;
using HoeWerktMijnStad.Web.Features.MapRule;
using Npgsql;

namespace HoeWerktMijnStad.Bench;

/// <summary>What the month-close bench closes: the month, and what an independent count says the close must do.</summary>
internal sealed record MonthWorld(MapMonth Month, int Partners, long Bookings, int Exemptions, int Editors, int Due, int Mails);

/// <summary>Fills the month-close bench's database in a few set-based statements: partners that joined years ago,
/// all on the map, one activity each, schools, about a million bookings over the twelve months up to the closed
/// one, personal exemptions for that month and partner editors (who get the removal mails).</summary>
internal static class SyntheticMonth
{
    public static async Task<MonthWorld> LoadAsync(string connectionString, MapMonth month, int partners, int bookings, int editors)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var first = month.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // a closed-month booking's local time in Amsterdam: day 1-28 of month (M - @back), 08:00-16:00
        static string Local(string first, string back, string day, string hour) =>
            $"((DATE '{first}' - make_interval(months => {back}) + make_interval(days => {day}, hours => {hour}))::timestamp AT TIME ZONE 'Europe/Amsterdam')";

        var sql = $$"""
            SELECT setseed(0.42);
            INSERT INTO partners (slug, name, kind, themes, pitch, page_markdown, audience_levels, map_status, joined_on)
            SELECT 'partner-' || g, 'Partner ' || g, 'installation_company', '{energie}', 'Synthetisch', '', '{vmbo}', 'on_map',
                   DATE '{{first}}' - 1095 - g % 1000
            FROM generate_series(1, {{partners}}) g;

            INSERT INTO activities (partner_id, title, type, description, levels, themes, min_group_size, max_group_size, duration_minutes, booking_mode)
            SELECT id, 'Bedrijfsbezoek ' || id, 'company_visit', '', '{vmbo}', '{energie}', 1, 30, 90, 'on_request' FROM partners;

            INSERT INTO schools (name, type, levels, level_detail, address, city, district, location)
            SELECT 'School ' || g, 'secondary', '{vmbo}', '', 'Schoolweg ' || g, 'Amsterdam', '',
                   ST_SetSRID(ST_MakePoint(4.60 + random() * 0.70, 52.20 + random() * 0.35), 4326)::geography
            FROM generate_series(1, 1000) g;

            -- each partner's lot in the closed month: c < 60 hosted a completed visit, 60-79 had only a confirmed or
            -- a cancelled one, 80-99 had none (some of those just outside the month on either side)
            CREATE TEMP TABLE bench_partner AS SELECT id, floor(random() * 100)::int AS c FROM partners;
            CREATE TEMP TABLE bench_visit (n bigint GENERATED ALWAYS AS IDENTITY, partner_id int NOT NULL, state booking_state NOT NULL, at timestamptz NOT NULL);

            INSERT INTO bench_visit (partner_id, state, at)
            SELECT p.id, 'completed', {{Local(first, "0", "(p.id * 7 + k * 13) % 28", "8 + (p.id + k) % 9")}}
            FROM bench_partner p, generate_series(1, 2) k WHERE p.c < 60 AND (k = 1 OR p.id % 2 = 0);

            INSERT INTO bench_visit (partner_id, state, at)
            SELECT p.id, CASE WHEN p.id % 2 = 0 THEN 'confirmed' ELSE 'cancelled' END::booking_state, {{Local(first, "0", "p.id % 28", "8 + p.id % 9")}}
            FROM bench_partner p WHERE p.c BETWEEN 60 AND 79;

            -- completed at 23:30 on the last day before the month and at 00:30 on the first day after it: neither counts
            INSERT INTO bench_visit (partner_id, state, at)
            SELECT p.id, 'completed', (DATE '{{first}}' + make_interval(months => k, mins => 60 * k - 30))::timestamp AT TIME ZONE 'Europe/Amsterdam'
            FROM bench_partner p, (VALUES (0), (1)) AS e(k) WHERE p.c >= 80 AND p.id % 10 = 0;

            -- the rest of the million over the eleven months before, any partner
            INSERT INTO bench_visit (partner_id, state, at)
            SELECT (SELECT min(id) FROM partners) + floor(r.p * {{partners}})::int,
                   CASE WHEN r.s < 0.70 THEN 'completed' WHEN r.s < 0.82 THEN 'cancelled' WHEN r.s < 0.88 THEN 'declined'
                        WHEN r.s < 0.94 THEN 'expired' ELSE 'not_happened' END::booking_state,
                   {{Local(first, "1 + floor(r.m * 11)::int", "floor(r.d * 28)::int", "8 + floor(r.h * 9)::int")}}
            FROM (SELECT random() AS p, random() AS s, random() AS m, random() AS d, random() AS h
                  FROM generate_series(1, {{bookings}} - (SELECT count(*) FROM bench_visit))) r;

            -- declined and expired requests never got a date; every booking without a slot has its date options
            INSERT INTO bookings (request_key, activity_id, partner_id, school_id, date_options, starts_at, ends_at, state, level, class_year,
                                  pupils, adults, learning_goals, special_needs, travel, day_phone, applied_confirmations, leader_attending,
                                  sequence, created_at, completed_at)
            SELECT gen_random_uuid(), a.id, v.partner_id, s.ids[1 + (v.n % array_length(s.ids, 1))::int], ARRAY[v.at], d.starts_at,
                   d.starts_at + interval '90 minutes', v.state, 'vmbo', 3, 10 + v.n % 21, 2, '', '', 'bike', '06 12345678', '{}', false,
                   0, v.at - interval '30 days', CASE WHEN v.state = 'completed' THEN v.at + interval '3 hours' END
            FROM bench_visit v
            JOIN activities a ON a.partner_id = v.partner_id
            CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM schools) s
            CROSS JOIN LATERAL (SELECT CASE WHEN v.state IN ('declined', 'expired') THEN NULL ELSE v.at END AS starts_at) d;

            INSERT INTO partner_exemptions (partner_id, month, reason, granted_by_name, at)
            SELECT id, DATE '{{first}}', 'Verbouwing van de werkplaats', 'Programmaleider', now() FROM partners WHERE id % 333 = 0;

            -- editors: one partner each (every 25th), every 10th a second one; one in twenty never confirmed the address
            INSERT INTO asp_net_users (id, display_name, created_at, user_name, normalized_user_name, email, normalized_email,
                                       email_confirmed, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled,
                                       lockout_enabled, access_failed_count)
            SELECT 'bench-editor-' || g, 'Redacteur ' || g, now(), 'redacteur' || g || '@partner.example.nl',
                   'REDACTEUR' || g || '@PARTNER.EXAMPLE.NL', 'redacteur' || g || '@partner.example.nl', 'REDACTEUR' || g || '@PARTNER.EXAMPLE.NL',
                   g % 20 <> 0, gen_random_uuid()::text, gen_random_uuid()::text, false, false, true, 0
            FROM generate_series(1, {{editors}}) g;
            INSERT INTO partner_editors (user_id, partner_id)
            SELECT 'bench-editor-' || g, p.first + (g * 25 - 1) % {{partners}} FROM generate_series(1, {{editors}}) g, (SELECT min(id) AS first FROM partners) p
            UNION ALL
            SELECT 'bench-editor-' || g, p.first + (g * 25 - 13) % {{partners}} FROM generate_series(10, {{editors}}, 10) g, (SELECT min(id) AS first FROM partners) p;
            """;
        await ExecuteAsync(connection, sql);
        await ExecuteAsync(connection, "VACUUM ANALYZE");
        return await CountAsync(connectionString, month);
    }

    /// <summary>What the close must do, counted independently of the site's own query (all partners on the map).</summary>
    public static async Task<MonthWorld> CountAsync(string connectionString, MapMonth month)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var first = month.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var parameters = $"DATE '{first}'";
        var from = month.From.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        var counts = await ReadAsync(connection, $"""
            WITH due AS (
                SELECT p.id FROM partners p
                WHERE p.map_status = 'on_map' AND p.joined_on < {parameters} - interval '1 month'
                EXCEPT SELECT partner_id FROM partner_exemptions WHERE month = {parameters}
                -- the rule as the site defines it: a completed visit from the month's start on keeps the partner on the map,
                -- also one after the month (it would bring the partner straight back)
                EXCEPT SELECT partner_id FROM bookings WHERE state = 'completed' AND starts_at >= '{from}')
            SELECT (SELECT count(*) FROM partners)::int, (SELECT count(*) FROM bookings), (SELECT count(*) FROM partner_exemptions)::int,
                   (SELECT count(*) FROM partner_editors)::int, (SELECT count(*) FROM due)::int,
                   (SELECT count(*) FROM partner_editors e JOIN asp_net_users u ON u.id = e.user_id JOIN due ON due.id = e.partner_id
                    WHERE u.email_confirmed)::int
            """, r => new MonthWorld(month, r.GetInt32(0), r.GetInt64(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5)));
        return counts.Single();
    }

    /// <summary>Every partner back on the map, no history, no closes, no mails: the next run starts where the previous one did.</summary>
    public static async Task ResetAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, """
            UPDATE partners SET map_status = 'on_map' WHERE map_status <> 'on_map';
            DELETE FROM map_status_changes;
            DELETE FROM map_month_closes;
            DELETE FROM outbox_emails;
            """);
        await ExecuteAsync(connection, "VACUUM ANALYZE partners, map_status_changes, map_month_closes, outbox_emails");
    }

    /// <summary>After a close: partners off the map, history lines (of this month, for no visit), the close's own
    /// count of removed partners, queued mails, and off-map partners that should have stayed (exempt, or with a
    /// completed visit from the month's start on).</summary>
    public static async Task<(int OffMap, int History, int CloseRemoved, int Mails, int Wrong)> VerifyAsync(string connectionString, MapMonth month)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM partners WHERE map_status = 'off_map')::int,
                   (SELECT count(*) FROM map_status_changes WHERE month = @month AND reason = 'no_visit' AND new_status = 'off_map')::int,
                   coalesce((SELECT removed FROM map_month_closes WHERE month = @month), -1),
                   (SELECT count(*) FROM outbox_emails)::int,
                   (SELECT count(*) FROM partners p WHERE p.map_status = 'off_map'
                      AND (EXISTS (SELECT 1 FROM partner_exemptions e WHERE e.partner_id = p.id AND e.month = @month)
                           OR EXISTS (SELECT 1 FROM bookings b WHERE b.partner_id = p.id AND b.state = 'completed'
                                      AND b.starts_at >= @from)))::int
            """, connection);
        command.Parameters.AddRange(MonthlyMapRule.Parameters(month));
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<T>> ReadAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
