using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class VisitEndToEnd : Migration
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
                .Annotation("Npgsql:Enum:invitation_state", "accepted,pending,withdrawn")
                .Annotation("Npgsql:Enum:lesson_kind", "career_orientation,lesson_letter,primary_activity")
                .Annotation("Npgsql:Enum:map_status", "off_map,on_map")
                .Annotation("Npgsql:Enum:map_status_reason", "close_undone,exemption,manual,no_visit,visit_completed")
                .Annotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .Annotation("Npgsql:Enum:party_booking_state", "cancelled,confirmed,declined,expired,held,requested")
                .Annotation("Npgsql:Enum:school_link_check", "mail_domain,programme_leader")
                .Annotation("Npgsql:Enum:school_link_state", "ended,pending,rejected,verified")
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
                .OldAnnotation("Npgsql:Enum:invitation_state", "accepted,pending,withdrawn")
                .OldAnnotation("Npgsql:Enum:lesson_kind", "career_orientation,lesson_letter,primary_activity")
                .OldAnnotation("Npgsql:Enum:map_status", "off_map,on_map")
                .OldAnnotation("Npgsql:Enum:map_status_reason", "exemption,manual,no_visit,visit_completed")
                .OldAnnotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .OldAnnotation("Npgsql:Enum:party_booking_state", "cancelled,confirmed,declined,expired,held,requested")
                .OldAnnotation("Npgsql:Enum:school_link_check", "mail_domain,programme_leader")
                .OldAnnotation("Npgsql:Enum:school_link_state", "ended,pending,rejected,verified")
                .OldAnnotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .OldAnnotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .OldAnnotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .OldAnnotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .OldAnnotation("Npgsql:Enum:utility", "drinking_water,electricity,heat,internet,sewage,waste")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateTable(
                name: "school_holidays",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:IdentitySequenceOptions", "'1000', '1', '', '', 'False', '1'")
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    first = table.Column<DateOnly>(type: "date", nullable: false),
                    last = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_school_holidays", x => x.id);
                    table.CheckConstraint("ck_school_holidays_period", "last >= first AND last - first <= 70");
                });

            migrationBuilder.InsertData(
                table: "school_holidays",
                columns: new[] { "id", "first", "key", "last", "name" },
                values: new object[,]
                {
                    { 1, new DateOnly(2026, 12, 19), "kerst-2026", new DateOnly(2027, 1, 3), "Kerstvakantie 2026" },
                    { 2, new DateOnly(2027, 2, 20), "voorjaar-2027", new DateOnly(2027, 2, 28), "Voorjaarsvakantie 2027" },
                    { 3, new DateOnly(2027, 4, 24), "mei-2027", new DateOnly(2027, 5, 2), "Meivakantie 2027" },
                    { 4, new DateOnly(2027, 7, 17), "zomer-2027", new DateOnly(2027, 8, 29), "Zomervakantie 2027" },
                    { 5, new DateOnly(2027, 10, 16), "herfst-2027", new DateOnly(2027, 10, 24), "Herfstvakantie 2027" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_school_holidays_key",
                table: "school_holidays",
                column: "key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "school_holidays");

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
                .Annotation("Npgsql:Enum:invitation_state", "accepted,pending,withdrawn")
                .Annotation("Npgsql:Enum:lesson_kind", "career_orientation,lesson_letter,primary_activity")
                .Annotation("Npgsql:Enum:map_status", "off_map,on_map")
                .Annotation("Npgsql:Enum:map_status_reason", "exemption,manual,no_visit,visit_completed")
                .Annotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .Annotation("Npgsql:Enum:party_booking_state", "cancelled,confirmed,declined,expired,held,requested")
                .Annotation("Npgsql:Enum:school_link_check", "mail_domain,programme_leader")
                .Annotation("Npgsql:Enum:school_link_state", "ended,pending,rejected,verified")
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
                .OldAnnotation("Npgsql:Enum:invitation_state", "accepted,pending,withdrawn")
                .OldAnnotation("Npgsql:Enum:lesson_kind", "career_orientation,lesson_letter,primary_activity")
                .OldAnnotation("Npgsql:Enum:map_status", "off_map,on_map")
                .OldAnnotation("Npgsql:Enum:map_status_reason", "close_undone,exemption,manual,no_visit,visit_completed")
                .OldAnnotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .OldAnnotation("Npgsql:Enum:party_booking_state", "cancelled,confirmed,declined,expired,held,requested")
                .OldAnnotation("Npgsql:Enum:school_link_check", "mail_domain,programme_leader")
                .OldAnnotation("Npgsql:Enum:school_link_state", "ended,pending,rejected,verified")
                .OldAnnotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .OldAnnotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .OldAnnotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .OldAnnotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .OldAnnotation("Npgsql:Enum:utility", "drinking_water,electricity,heat,internet,sewage,waste")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");
        }
    }
}
