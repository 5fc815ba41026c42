using System;
using System.Collections.Generic;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Demand : Migration
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
                .Annotation("Npgsql:Enum:demand_mail_frequency", "immediate,none,weekly")
                .Annotation("Npgsql:Enum:demand_offer_state", "accepted,closed,open")
                .Annotation("Npgsql:Enum:demand_state", "accepted,expired,open,withdrawn")
                .Annotation("Npgsql:Enum:education_level", "havo_vwo,hbo,mbo,po,vmbo")
                .Annotation("Npgsql:Enum:map_status", "off_map,on_map")
                .Annotation("Npgsql:Enum:map_status_reason", "exemption,manual,no_visit,visit_completed")
                .Annotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .Annotation("Npgsql:Enum:party_booking_state", "cancelled,confirmed,declined,expired,held,requested")
                .Annotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .Annotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .Annotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .Annotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .Annotation("Npgsql:Enum:utility", "drinking_water,electricity,heat,internet,sewage,waste")
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
                .OldAnnotation("Npgsql:Enum:party_booking_state", "cancelled,confirmed,declined,expired,held,requested")
                .OldAnnotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .OldAnnotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .OldAnnotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .OldAnnotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .OldAnnotation("Npgsql:Enum:utility", "drinking_water,electricity,heat,internet,sewage,waste")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateTable(
                name: "demand_requests",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    school_id = table.Column<int>(type: "integer", nullable: false),
                    teacher_id = table.Column<string>(type: "text", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    activity_type = table.Column<ActivityType>(type: "activity_type", nullable: true),
                    theme = table.Column<Theme>(type: "theme", nullable: true),
                    level = table.Column<EducationLevel>(type: "education_level", nullable: false),
                    class_year = table.Column<int>(type: "integer", nullable: false),
                    pupils = table.Column<int>(type: "integer", nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    preferred_weekdays = table.Column<int[]>(type: "integer[]", nullable: false),
                    radius_km = table.Column<int>(type: "integer", nullable: false),
                    travel_note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    worksite_welcome = table.Column<bool>(type: "boolean", nullable: false),
                    tech_lab_welcome = table.Column<bool>(type: "boolean", nullable: false),
                    state = table.Column<DemandState>(type: "demand_state", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    flagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_demand_requests", x => x.id);
                    table.CheckConstraint("ck_demand_requests_class", "pupils BETWEEN 1 AND 200 AND class_year BETWEEN 1 AND 8");
                    table.CheckConstraint("ck_demand_requests_closed", "(state = 'open') = (closed_at IS NULL)");
                    table.CheckConstraint("ck_demand_requests_period", "period_end >= period_start");
                    table.CheckConstraint("ck_demand_requests_radius", "radius_km BETWEEN 1 AND 50");
                    table.CheckConstraint("ck_demand_requests_title", "length(btrim(title)) > 0");
                    table.CheckConstraint("ck_demand_requests_weekdays", "preferred_weekdays <@ ARRAY[0, 1, 2, 3, 4, 5, 6]");
                    table.ForeignKey(
                        name: "fk_demand_requests_asp_net_users_teacher_id",
                        column: x => x.teacher_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_demand_requests_schools_school_id",
                        column: x => x.school_id,
                        principalTable: "schools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "demand_subscriptions",
                columns: table => new
                {
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    frequency = table.Column<DemandMailFrequency>(type: "demand_mail_frequency", nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_digest_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_demand_subscriptions", x => x.partner_id);
                    table.ForeignKey(
                        name: "fk_demand_subscriptions_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "demand_offers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    request_id = table.Column<int>(type: "integer", nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    activity_id = table.Column<int>(type: "integer", nullable: false),
                    dates = table.Column<List<DateTimeOffset>>(type: "timestamp with time zone[]", nullable: false),
                    message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    state = table.Column<DemandOfferState>(type: "demand_offer_state", nullable: false),
                    author_id = table.Column<string>(type: "text", nullable: true),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    booking_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_demand_offers", x => x.id);
                    table.CheckConstraint("ck_demand_offers_booking", "(state = 'accepted') = (booking_id IS NOT NULL)");
                    table.CheckConstraint("ck_demand_offers_closed", "(state = 'open') = (closed_at IS NULL)");
                    table.CheckConstraint("ck_demand_offers_dates", "cardinality(dates) BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "fk_demand_offers_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_demand_offers_asp_net_users_author_id",
                        column: x => x.author_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_demand_offers_bookings_booking_id",
                        column: x => x.booking_id,
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_demand_offers_demand_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "demand_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_demand_offers_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_demand_offers_activity_id",
                table: "demand_offers",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_demand_offers_author_id",
                table: "demand_offers",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_demand_offers_booking_id",
                table: "demand_offers",
                column: "booking_id",
                unique: true,
                filter: "booking_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_demand_offers_one_accepted",
                table: "demand_offers",
                column: "request_id",
                unique: true,
                filter: "state = 'accepted'");

            migrationBuilder.CreateIndex(
                name: "ix_demand_offers_partner_id_state",
                table: "demand_offers",
                columns: new[] { "partner_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_demand_offers_request_id_partner_id",
                table: "demand_offers",
                columns: new[] { "request_id", "partner_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_demand_requests_school_id_state",
                table: "demand_requests",
                columns: new[] { "school_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_demand_requests_state_period_end",
                table: "demand_requests",
                columns: new[] { "state", "period_end" });

            migrationBuilder.CreateIndex(
                name: "ix_demand_requests_teacher_id",
                table: "demand_requests",
                column: "teacher_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "demand_offers");

            migrationBuilder.DropTable(
                name: "demand_subscriptions");

            migrationBuilder.DropTable(
                name: "demand_requests");

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
                .Annotation("Npgsql:Enum:party_booking_state", "cancelled,confirmed,declined,expired,held,requested")
                .Annotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .Annotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .Annotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .Annotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .Annotation("Npgsql:Enum:utility", "drinking_water,electricity,heat,internet,sewage,waste")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:Enum:activity_type", "company_visit,guest_lesson,kids_party,mini_project,tech_lab_lesson,workshop,worksite_visit")
                .OldAnnotation("Npgsql:Enum:booking_mode", "fixed_slots,on_request")
                .OldAnnotation("Npgsql:Enum:booking_state", "cancelled,completed,confirmed,declined,expired,not_happened,requested")
                .OldAnnotation("Npgsql:Enum:checklist_phase", "after,before,on_the_day")
                .OldAnnotation("Npgsql:Enum:checklist_side", "company,school")
                .OldAnnotation("Npgsql:Enum:demand_mail_frequency", "immediate,none,weekly")
                .OldAnnotation("Npgsql:Enum:demand_offer_state", "accepted,closed,open")
                .OldAnnotation("Npgsql:Enum:demand_state", "accepted,expired,open,withdrawn")
                .OldAnnotation("Npgsql:Enum:education_level", "havo_vwo,hbo,mbo,po,vmbo")
                .OldAnnotation("Npgsql:Enum:map_status", "off_map,on_map")
                .OldAnnotation("Npgsql:Enum:map_status_reason", "exemption,manual,no_visit,visit_completed")
                .OldAnnotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .OldAnnotation("Npgsql:Enum:party_booking_state", "cancelled,confirmed,declined,expired,held,requested")
                .OldAnnotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .OldAnnotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .OldAnnotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .OldAnnotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .OldAnnotation("Npgsql:Enum:utility", "drinking_water,electricity,heat,internet,sewage,waste")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");
        }
    }
}
