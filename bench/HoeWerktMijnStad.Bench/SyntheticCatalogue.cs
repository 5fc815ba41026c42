using Npgsql;

namespace HoeWerktMijnStad.Bench;

/// <summary>Fills a database with a synthetic catalogue in a few set-based statements.</summary>
internal static class SyntheticCatalogue
{
    public static async Task LoadAsync(string connectionString, int partners, int sitesPerPartner)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var sql = $"""
            SELECT setseed(0.42);
            INSERT INTO partners (slug, name, kind, themes, pitch, page_markdown, audience_levels, map_status, joined_on)
            SELECT 'partner-' || g, 'Partner ' || g,
                   (ARRAY['InstallationCompany','GridOperator','Utility','Education','Construction','Other'])[1 + g % 6],
                   (ARRAY[ARRAY['Energie'], ARRAY['Mobiliteit','Energie'], ARRAY['GebouwdeOmgeving']])[1 + g % 3]::varchar(32)[],
                   'Synthetisch', '', (ARRAY[ARRAY['Vmbo','Mbo'], ARRAY['Po'], ARRAY['Mbo','Hbo']])[1 + g % 3]::varchar(32)[],
                   CASE WHEN g % 20 = 0 THEN 'OffMap' ELSE 'OnMap' END, DATE '2024-01-01'
            FROM generate_series(1, {partners}) g;

            INSERT INTO sites (partner_id, name, kind, address, city, location)
            SELECT p.id, 'Locatie ' || p.id || '-' || s,
                   (ARRAY['Office','TechLab','PracticeRoom','TrainingLocation','UtilityPlant'])[1 + s % 5],
                   'Straat ' || s, 'Amsterdam',
                   ST_SetSRID(ST_MakePoint(4.60 + random() * 0.70, 52.20 + random() * 0.35), 4326)::geography
            FROM partners p, generate_series(1, {sitesPerPartner}) s;

            INSERT INTO activities (partner_id, title, type, description, levels, themes, min_group_size, max_group_size, duration_minutes, site_id)
            SELECT s.partner_id, 'Activiteit ' || s.id, (ARRAY['CompanyVisit','Workshop','TechLabLesson'])[1 + s.id % 3], '',
                   ARRAY['Vmbo']::varchar(32)[], ARRAY['Energie']::varchar(32)[], 8, 16, 90, s.id
            FROM sites s WHERE s.id % 4 = 0;

            INSERT INTO worksites (partner_id, title, description, address, city, start_date, end_date, location, visit_levels, max_group_size, safety_notes)
            SELECT p.id, 'Werk ' || p.id, '', 'Kade 1', 'Amsterdam', current_date - 10, current_date + (p.id % 30) - 5,
                   ST_SetSRID(ST_MakePoint(4.60 + random() * 0.70, 52.20 + random() * 0.35), 4326)::geography, ARRAY['Vmbo']::varchar(32)[], 12, ''
            FROM partners p;

            INSERT INTO schools (name, type, levels, level_detail, address, city, district, location)
            SELECT 'School ' || g, 'Secondary', ARRAY['Vmbo']::varchar(32)[], '', 'Schoolweg ' || g, 'Amsterdam', '',
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
