using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;

namespace HoeWerktMijnStad.IntegrationTests.Catalogue;

public sealed class SchemaTests(PostgisDatabase database) : IClassFixture<PostgisDatabase>
{
    [Fact]
    public async Task The_migrations_apply_to_an_empty_database_and_match_the_model()
    {
        var admin = await TestDatabaseServer.AdminConnectionStringAsync();
        var name = $"hwms_t_{Environment.ProcessId}_empty_{Guid.NewGuid():N}"[..40];
        try
        {
            var connectionString = await PostgisDatabase.CreateMigratedDatabaseAsync(admin, name);
            await using var db = PostgisDatabase.CreateDbContext(connectionString);

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges());
            Assert.Equal(0, await db.Partners.CountAsync());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await PostgisDatabase.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    [Fact]
    public async Task Points_are_geography_with_srid_4326_and_a_spatial_index()
    {
        await using var db = database.CreateDbContext();

        var columns = await db.Database.SqlQuery<string>($"""
            SELECT f_table_name || '.' || f_geography_column || ':' || type || ':' || srid AS "Value"
            FROM geography_columns ORDER BY 1
            """).ToListAsync();
        var gistIndexes = await db.Database.SqlQuery<string>($"""
            SELECT tablename AS "Value" FROM pg_indexes WHERE indexdef LIKE '%USING gist (location)%' ORDER BY 1
            """).ToListAsync();

        Assert.Equal(["network_events.location:Point:4326", "schools.location:Point:4326", "sites.location:Point:4326", "trips.location:Point:4326", "worksites.area:Polygon:4326", "worksites.location:Point:4326"], columns);
        Assert.Equal(["network_events", "schools", "sites", "trips", "worksites"], gistIndexes);
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { "INSERT INTO partners (slug, name, kind, themes, pitch, page_markdown, audience_levels, map_status, joined_on) VALUES ('Geen Slug!', 'X', 'other', '{}', 'p', '', '{}', 'on_map', now())", "ck_partners_slug" },
        { "INSERT INTO partners (slug, name, kind, themes, pitch, page_markdown, audience_levels, map_status, joined_on) VALUES ('x', 'X', 'Bakker', '{}', 'p', '', '{}', 'on_map', now())", "22P02" },
        { "INSERT INTO partners (slug, name, kind, themes, pitch, page_markdown, audience_levels, map_status, joined_on) VALUES ('x', 'X', 'other', '{Water}', 'p', '', '{}', 'on_map', now())", "22P02" },
        { "INSERT INTO partners (slug, name, kind, themes, pitch, page_markdown, website_url, audience_levels, map_status, joined_on) VALUES ('x', 'X', 'other', '{}', 'p', '', 'javascript:alert(1)', '{}', 'on_map', now())", "ck_partners_website_url" },
        { "INSERT INTO partners (slug, name, kind, themes, pitch, page_markdown, audience_levels, map_status, joined_on) VALUES ('dup', 'X', 'other', '{}', 'p', '', '{}', 'on_map', now()), ('dup', 'Y', 'other', '{}', 'p', '', '{}', 'on_map', now())", "ix_partners_slug" },
        { "INSERT INTO worksites (partner_id, title, description, address, city, start_date, end_date, location, visit_levels, max_group_size, safety_notes) SELECT id, 't', '', 'a', 'c', '2026-05-02', '2026-05-01', 'SRID=4326;POINT(4.9 52.37)', '{}', 10, '' FROM partners LIMIT 1", "ck_worksites_period" },
        { "INSERT INTO worksites (partner_id, title, description, address, city, start_date, end_date, location, visit_levels, max_group_size, safety_notes) SELECT id, 't', '', 'a', 'c', '2026-05-01', '2026-05-01', 'SRID=4326;POINT(4.9 52.37)', '{}', 0, '' FROM partners LIMIT 1", "ck_worksites_max_group_size" },
        { "INSERT INTO activities (partner_id, title, type, description, levels, themes, min_group_size, max_group_size, duration_minutes) SELECT id, 't', 'workshop', '', '{}', '{}', 12, 8, 60 FROM partners LIMIT 1", "ck_activities_group_size" },
        { "INSERT INTO activities (partner_id, title, type, description, levels, themes, min_group_size, max_group_size, duration_minutes) SELECT id, 't', 'workshop', '', '{}', '{}', 0, 8, 60 FROM partners LIMIT 1", "ck_activities_group_size" },
        { "INSERT INTO activities (partner_id, title, type, description, levels, themes, min_group_size, max_group_size, duration_minutes) SELECT id, 't', 'workshop', '', '{}', '{}', 4, 8, 0 FROM partners LIMIT 1", "ck_activities_duration" },
        { "INSERT INTO activities (partner_id, title, type, description, levels, themes, min_group_size, max_group_size, duration_minutes, site_id) VALUES (1, 't', 'workshop', '', '{}', '{}', 4, 8, 60, 999999)", "fk_activities_sites_site_id" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task The_database_refuses_what_must_never_be_stored(string sql, string constraint)
    {
        await using var db = database.CreateDbContext();
        if (!await db.Partners.AnyAsync(p => p.Slug == "anker"))
        {
            db.Partners.Add(new Partner { Slug = "anker", Name = "Anker", Kind = PartnerKind.Other, Pitch = "p", JoinedOn = new DateOnly(2026, 1, 1) });
            await db.SaveChangesAsync();
        }

        var error = await Assert.ThrowsAsync<PostgresException>(() => PostgisDatabase.ExecuteAsync(database.ConnectionString, sql));

        // a broken rule names its constraint; a value outside an enum type is invalid input (22P02)
        Assert.Equal(constraint, error.ConstraintName ?? error.SqlState);
    }

    [Fact]
    public async Task A_point_with_longitude_and_latitude_swapped_is_refused()
    {
        await using var db = database.CreateDbContext();
        db.Schools.Add(new School { Name = "Omgedraaide school", Address = "a", City = "c", Location = new Point(52.37, 4.9) { SRID = 4326 } });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal("ck_schools_location_in_netherlands", Assert.IsType<PostgresException>(error.InnerException).ConstraintName);
    }
}
