using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <summary>Issue 22 §4 (ADR 0033): a change to the data the public pages show sends one NOTIFY per statement on
    /// the channel hwms_public_data, delivered on commit to every web node, which then empties its cache of public
    /// pages (Infrastructure/Caching/PublicDataChanges). Hand-written: no model change, so keep it when the
    /// migrations are regenerated.</summary>
    public partial class PublicDataChangeNotices : Migration
    {
        private static readonly string[] Tables =
        [
            "partners", "sites", "worksites", "schools", "activities", "slots", "partner_images", "trips", "evaluations",
            "best_practices", "school_holidays", "network_events",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION hwms_notify_public_data() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('hwms_public_data', TG_TABLE_NAME);
                    RETURN NULL;
                END $$;
                """);
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
                        FOR EACH STATEMENT EXECUTE FUNCTION hwms_notify_public_data();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_public_data_changed ON {table};");
            }

            migrationBuilder.Sql("DROP FUNCTION hwms_notify_public_data();");
        }
    }
}
