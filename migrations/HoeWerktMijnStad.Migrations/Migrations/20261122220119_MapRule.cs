using System;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.MapRule;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class MapRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:activity_type", "company_visit,guest_lesson,kids_party,mini_project,tech_lab_lesson,workshop,worksite_visit")
                .Annotation("Npgsql:Enum:booking_mode", "fixed_slots,on_request")
                .Annotation("Npgsql:Enum:booking_state", "cancelled,completed,confirmed,declined,expired,not_happened,requested")
                .Annotation("Npgsql:Enum:checklist_phase", "after,before,on_the_day")
                .Annotation("Npgsql:Enum:checklist_side", "company,school")
                .Annotation("Npgsql:Enum:education_level", "havo_vwo,hbo,mbo,po,vmbo")
                .Annotation("Npgsql:Enum:map_status", "off_map,on_map")
                .Annotation("Npgsql:Enum:map_status_reason", "exemption,manual,no_visit,visit_completed")
                .Annotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .Annotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .Annotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .Annotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .Annotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:Enum:activity_type", "company_visit,guest_lesson,kids_party,mini_project,tech_lab_lesson,workshop,worksite_visit")
                .OldAnnotation("Npgsql:Enum:booking_mode", "fixed_slots,on_request")
                .OldAnnotation("Npgsql:Enum:booking_state", "cancelled,completed,confirmed,declined,expired,not_happened,requested")
                .OldAnnotation("Npgsql:Enum:checklist_phase", "after,before,on_the_day")
                .OldAnnotation("Npgsql:Enum:checklist_side", "company,school")
                .OldAnnotation("Npgsql:Enum:education_level", "havo_vwo,hbo,mbo,po,vmbo")
                .OldAnnotation("Npgsql:Enum:map_status", "off_map,on_map")
                .OldAnnotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .OldAnnotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .OldAnnotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .OldAnnotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .OldAnnotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.AddColumn<DateOnly>(
                name: "map_warned_month",
                table: "partners",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "map_exempt_months",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    year = table.Column<int>(type: "integer", nullable: true),
                    month = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_map_exempt_months", x => x.id);
                    table.CheckConstraint("ck_map_exempt_months_month", "month BETWEEN 1 AND 12");
                    table.CheckConstraint("ck_map_exempt_months_year", "year IS NULL OR year BETWEEN 2020 AND 2100");
                });

            migrationBuilder.CreateTable(
                name: "map_month_closes",
                columns: table => new
                {
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    removed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_map_month_closes", x => x.month);
                    table.CheckConstraint("ck_map_month_closes_month", "extract(day FROM month) = 1");
                });

            migrationBuilder.CreateTable(
                name: "map_status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    old_status = table.Column<MapStatus>(type: "map_status", nullable: false),
                    new_status = table.Column<MapStatus>(type: "map_status", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<MapStatusReason>(type: "map_status_reason", nullable: false),
                    actor_id = table.Column<string>(type: "text", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_map_status_changes", x => x.id);
                    table.CheckConstraint("ck_map_status_changes_month", "extract(day FROM month) = 1");
                    table.ForeignKey(
                        name: "fk_map_status_changes_asp_net_users_actor_id",
                        column: x => x.actor_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_map_status_changes_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partner_exemptions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    granted_by_id = table.Column<string>(type: "text", nullable: true),
                    granted_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partner_exemptions", x => x.id);
                    table.CheckConstraint("ck_partner_exemptions_month", "extract(day FROM month) = 1");
                    table.ForeignKey(
                        name: "fk_partner_exemptions_asp_net_users_granted_by_id",
                        column: x => x.granted_by_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_partner_exemptions_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "map_exempt_months",
                columns: new[] { "id", "month", "reason", "year" },
                values: new object[,]
                {
                    { 1, 7, "Zomervakantie", null },
                    { 2, 8, "Zomervakantie", null }
                });

            migrationBuilder.CreateIndex(
                name: "ix_map_exempt_months_year_month",
                table: "map_exempt_months",
                columns: new[] { "year", "month" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_map_status_changes_actor_id",
                table: "map_status_changes",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_map_status_changes_partner_id_at",
                table: "map_status_changes",
                columns: new[] { "partner_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_partner_exemptions_granted_by_id",
                table: "partner_exemptions",
                column: "granted_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_partner_exemptions_partner_id_month",
                table: "partner_exemptions",
                columns: new[] { "partner_id", "month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "map_exempt_months");

            migrationBuilder.DropTable(
                name: "map_month_closes");

            migrationBuilder.DropTable(
                name: "map_status_changes");

            migrationBuilder.DropTable(
                name: "partner_exemptions");

            migrationBuilder.DropColumn(
                name: "map_warned_month",
                table: "partners");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:activity_type", "company_visit,guest_lesson,kids_party,mini_project,tech_lab_lesson,workshop,worksite_visit")
                .Annotation("Npgsql:Enum:booking_mode", "fixed_slots,on_request")
                .Annotation("Npgsql:Enum:booking_state", "cancelled,completed,confirmed,declined,expired,not_happened,requested")
                .Annotation("Npgsql:Enum:checklist_phase", "after,before,on_the_day")
                .Annotation("Npgsql:Enum:checklist_side", "company,school")
                .Annotation("Npgsql:Enum:education_level", "havo_vwo,hbo,mbo,po,vmbo")
                .Annotation("Npgsql:Enum:map_status", "off_map,on_map")
                .Annotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .Annotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .Annotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .Annotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .Annotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:Enum:activity_type", "company_visit,guest_lesson,kids_party,mini_project,tech_lab_lesson,workshop,worksite_visit")
                .OldAnnotation("Npgsql:Enum:booking_mode", "fixed_slots,on_request")
                .OldAnnotation("Npgsql:Enum:booking_state", "cancelled,completed,confirmed,declined,expired,not_happened,requested")
                .OldAnnotation("Npgsql:Enum:checklist_phase", "after,before,on_the_day")
                .OldAnnotation("Npgsql:Enum:checklist_side", "company,school")
                .OldAnnotation("Npgsql:Enum:education_level", "havo_vwo,hbo,mbo,po,vmbo")
                .OldAnnotation("Npgsql:Enum:map_status", "off_map,on_map")
                .OldAnnotation("Npgsql:Enum:map_status_reason", "exemption,manual,no_visit,visit_completed")
                .OldAnnotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .OldAnnotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .OldAnnotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .OldAnnotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .OldAnnotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");
        }
    }
}
