using Npgsql;

namespace HoeWerktMijnStad.Bench;

/// <summary>Fills a database with a synthetic catalogue in a few set-based statements.</summary>
internal static class SyntheticCatalogue
{
    public static async Task LoadAsync(string connectionString, int partners, int sitesPerPartner)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var sql = $$"""
            SELECT setseed(0.42);
            INSERT INTO partners (slug, name, kind, themes, pitch, page_markdown, audience_levels, map_status, joined_on)
            SELECT 'partner-' || g, 'Partner ' || g,
                   (ARRAY['installation_company','grid_operator','utility','education','construction','other'])[1 + g % 6]::partner_kind,
                   ((ARRAY['{energie}', '{mobiliteit,energie}', '{gebouwde_omgeving}'])[1 + g % 3])::theme[],
                   'Synthetisch', '', ((ARRAY['{vmbo,mbo}', '{po}', '{mbo,hbo}'])[1 + g % 3])::education_level[],
                   (CASE WHEN g % 20 = 0 THEN 'off_map' ELSE 'on_map' END)::map_status, DATE '2024-01-01'
            FROM generate_series(1, {{partners}}) g;

            INSERT INTO sites (partner_id, name, kind, address, city, location)
            SELECT p.id, 'Locatie ' || p.id || '-' || s,
                   (ARRAY['office','tech_lab','practice_room','training_location','utility_plant'])[1 + s % 5]::site_kind,
                   'Straat ' || s, 'Amsterdam',
                   ST_SetSRID(ST_MakePoint(4.60 + random() * 0.70, 52.20 + random() * 0.35), 4326)::geography
            FROM partners p, generate_series(1, {{sitesPerPartner}}) s;

            INSERT INTO activities (partner_id, title, type, description, levels, themes, min_group_size, max_group_size, duration_minutes, site_id)
            SELECT s.partner_id, 'Activiteit ' || s.id, (ARRAY['company_visit','workshop','tech_lab_lesson'])[1 + s.id % 3]::activity_type, '',
                   '{vmbo}', '{energie}', 8, 16, 90, s.id
            FROM sites s WHERE s.id % 4 = 0;

            INSERT INTO worksites (partner_id, title, description, address, city, start_date, end_date, location, visit_levels, max_group_size, safety_notes)
            SELECT p.id, 'Werk ' || p.id, '', 'Kade 1', 'Amsterdam', current_date - 10, current_date + (p.id % 30) - 5,
                   ST_SetSRID(ST_MakePoint(4.60 + random() * 0.70, 52.20 + random() * 0.35), 4326)::geography, '{vmbo}', 12, ''
            FROM partners p;

            INSERT INTO schools (name, type, levels, level_detail, address, city, district, location)
            SELECT 'School ' || g, 'secondary', '{vmbo}', '', 'Schoolweg ' || g, 'Amsterdam', '',
                   ST_SetSRID(ST_MakePoint(4.60 + random() * 0.70, 52.20 + random() * 0.35), 4326)::geography
            FROM generate_series(1, 2000) g;
            """;
        await using (var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 })
        {
            await command.ExecuteNonQueryAsync();
        }

        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 600 };
        await analyze.ExecuteNonQueryAsync();
    }
}
