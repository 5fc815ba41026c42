using System;
using System.Collections.Generic;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Bookings : Migration
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
                .Annotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .Annotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .Annotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .Annotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .Annotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:Enum:activity_type", "company_visit,guest_lesson,kids_party,mini_project,tech_lab_lesson,workshop,worksite_visit")
                .OldAnnotation("Npgsql:Enum:education_level", "havo_vwo,hbo,mbo,po,vmbo")
                .OldAnnotation("Npgsql:Enum:map_status", "off_map,on_map")
                .OldAnnotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .OldAnnotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .OldAnnotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .OldAnnotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.AddColumn<BookingMode>(
                name: "booking_mode",
                table: "activities",
                type: "booking_mode",
                nullable: false,
                defaultValue: BookingMode.FixedSlots);

            migrationBuilder.CreateTable(
                name: "checklist_template_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    side = table.Column<ChecklistSide>(type: "checklist_side", nullable: false),
                    phase = table.Column<ChecklistPhase>(type: "checklist_phase", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    confirm_on_apply = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checklist_template_items", x => x.id);
                    table.CheckConstraint("ck_checklist_template_items_confirm", "NOT confirm_on_apply OR side = 'school'");
                });

            migrationBuilder.CreateTable(
                name: "slots",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    activity_id = table.Column<int>(type: "integer", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    capacity_pupils = table.Column<int>(type: "integer", nullable: false),
                    capacity_groups = table.Column<int>(type: "integer", nullable: false),
                    booked_pupils = table.Column<int>(type: "integer", nullable: false),
                    booked_groups = table.Column<int>(type: "integer", nullable: false),
                    closed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_slots", x => x.id);
                    table.CheckConstraint("ck_slots_booked_groups", "booked_groups BETWEEN 0 AND capacity_groups");
                    table.CheckConstraint("ck_slots_booked_pupils", "booked_pupils BETWEEN 0 AND capacity_pupils");
                    table.CheckConstraint("ck_slots_capacity", "capacity_pupils > 0 AND capacity_groups > 0");
                    table.CheckConstraint("ck_slots_times", "ends_at > starts_at");
                    table.ForeignKey(
                        name: "fk_slots_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bookings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    request_key = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<int>(type: "integer", nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    school_id = table.Column<int>(type: "integer", nullable: false),
                    teacher_id = table.Column<string>(type: "text", nullable: true),
                    slot_id = table.Column<int>(type: "integer", nullable: true),
                    date_options = table.Column<List<DateTimeOffset>>(type: "timestamp with time zone[]", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    proposed_starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    state = table.Column<BookingState>(type: "booking_state", nullable: false),
                    level = table.Column<EducationLevel>(type: "education_level", nullable: false),
                    class_year = table.Column<int>(type: "integer", nullable: false),
                    pupils = table.Column<int>(type: "integer", nullable: false),
                    adults = table.Column<int>(type: "integer", nullable: false),
                    learning_goals = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    special_needs = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    travel = table.Column<TravelMode>(type: "travel_mode", nullable: false),
                    day_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    applied_confirmations = table.Column<List<string>>(type: "text[]", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    leader_attending = table.Column<bool>(type: "boolean", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings", x => x.id);
                    table.CheckConstraint("ck_bookings_class", "pupils > 0 AND adults >= 0 AND class_year BETWEEN 1 AND 8");
                    table.CheckConstraint("ck_bookings_confirmed_has_date", "state IN ('requested', 'declined', 'cancelled', 'expired') OR starts_at IS NOT NULL");
                    table.CheckConstraint("ck_bookings_times", "ends_at IS NULL OR ends_at > starts_at");
                    table.CheckConstraint("ck_bookings_when", "slot_id IS NOT NULL OR cardinality(date_options) BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "fk_bookings_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bookings_asp_net_users_teacher_id",
                        column: x => x.teacher_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_bookings_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bookings_schools_school_id",
                        column: x => x.school_id,
                        principalTable: "schools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bookings_slots_slot_id",
                        column: x => x.slot_id,
                        principalTable: "slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "booking_checklist_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    booking_id = table.Column<int>(type: "integer", nullable: false),
                    side = table.Column<ChecklistSide>(type: "checklist_side", nullable: false),
                    phase = table.Column<ChecklistPhase>(type: "checklist_phase", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    done_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_checklist_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_booking_checklist_items_bookings_booking_id",
                        column: x => x.booking_id,
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "booking_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    booking_id = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    actor_id = table.Column<string>(type: "text", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    what = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_booking_events_asp_net_users_actor_id",
                        column: x => x.actor_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_booking_events_bookings_booking_id",
                        column: x => x.booking_id,
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "checklist_template_items",
                columns: new[] { "id", "confirm_on_apply", "phase", "position", "side", "text" },
                values: new object[,]
                {
                    { 1, true, ChecklistPhase.Before, 1, ChecklistSide.School, "De leerlingen kennen de veiligheidsregels van het bezoek en weten wat ze aantrekken (dichte schoenen)." },
                    { 2, true, ChecklistPhase.Before, 2, ChecklistSide.School, "Er gaan genoeg begeleiders mee: minstens één volwassene per acht leerlingen." },
                    { 3, true, ChecklistPhase.Before, 3, ChecklistSide.School, "De toestemming voor foto's is nagekeken; de begeleiders weten wie niet op de foto mag." },
                    { 4, false, ChecklistPhase.Before, 4, ChecklistSide.School, "De contactpersoon van de school voor de dag zelf is aan het bedrijf doorgegeven." },
                    { 5, false, ChecklistPhase.Before, 5, ChecklistSide.School, "Het vervoer en de vertrektijd zijn geregeld." },
                    { 6, false, ChecklistPhase.Before, 6, ChecklistSide.School, "De leerlingen hebben vragen voorbereid bij de leerdoelen." },
                    { 7, false, ChecklistPhase.Before, 7, ChecklistSide.School, "Bijzonderheden (toegankelijkheid, dieetwensen bij een lunch) zijn doorgegeven." },
                    { 8, false, ChecklistPhase.OnTheDay, 1, ChecklistSide.School, "De klas is op tijd op het verzamelpunt en de aanwezigheid is gecontroleerd." },
                    { 9, false, ChecklistPhase.OnTheDay, 2, ChecklistSide.School, "Elke begeleider blijft bij zijn eigen groepje." },
                    { 10, false, ChecklistPhase.After, 1, ChecklistSide.School, "Het bedrijf is bedankt (een kaart of een mail van de klas)." },
                    { 11, false, ChecklistPhase.After, 2, ChecklistSide.School, "In een vervolgles is besproken wat de leerlingen zagen en welke beroepen ze tegenkwamen." },
                    { 12, false, ChecklistPhase.After, 3, ChecklistSide.School, "De evaluatie is ingevuld." },
                    { 13, false, ChecklistPhase.Before, 1, ChecklistSide.Company, "Een gastheer of gastvrouw is genoemd, met telefoonnummer voor de dag zelf." },
                    { 14, false, ChecklistPhase.Before, 2, ChecklistSide.Company, "De route, de plek voor fietsen of de bus en het verzamelpunt zijn naar de school gestuurd." },
                    { 15, false, ChecklistPhase.Before, 3, ChecklistSide.Company, "Veiligheidsinstructie en beschermingsmiddelen (helmen, hesjes, brillen) liggen klaar voor de hele groep." },
                    { 16, false, ChecklistPhase.Before, 4, ChecklistSide.Company, "Het programma staat en de klas is in kleine groepjes verdeeld, elk met een vakman of vakvrouw." },
                    { 17, false, ChecklistPhase.Before, 5, ChecklistSide.Company, "Lunch of drinken is geregeld, als dat is afgesproken." },
                    { 18, false, ChecklistPhase.Before, 6, ChecklistSide.Company, "De route in het gebouw is nagelopen op toegankelijkheid." },
                    { 19, false, ChecklistPhase.OnTheDay, 1, ChecklistSide.Company, "De veiligheidsinstructie is gegeven voordat de rondleiding begint." },
                    { 20, false, ChecklistPhase.OnTheDay, 2, ChecklistSide.Company, "Vakmensen vertellen over hun werk en hoe ze het geleerd hebben." },
                    { 21, false, ChecklistPhase.After, 1, ChecklistSide.Company, "De school is bedankt en heeft materiaal voor een vervolgles gekregen." },
                    { 22, false, ChecklistPhase.After, 2, ChecklistSide.Company, "De evaluatie is ingevuld." }
                });

            migrationBuilder.CreateIndex(
                name: "ix_booking_checklist_items_booking_id_side_phase_position",
                table: "booking_checklist_items",
                columns: new[] { "booking_id", "side", "phase", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_booking_events_actor_id",
                table: "booking_events",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_booking_events_booking_id_at",
                table: "booking_events",
                columns: new[] { "booking_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_activity_id",
                table: "bookings",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_partner_id_state",
                table: "bookings",
                columns: new[] { "partner_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_request_key",
                table: "bookings",
                column: "request_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bookings_school_id_state",
                table: "bookings",
                columns: new[] { "school_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_slot_id",
                table: "bookings",
                column: "slot_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_starts_at",
                table: "bookings",
                column: "starts_at");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_teacher_id",
                table: "bookings",
                column: "teacher_id");

            migrationBuilder.CreateIndex(
                name: "ix_slots_activity_id_starts_at",
                table: "slots",
                columns: new[] { "activity_id", "starts_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "booking_checklist_items");

            migrationBuilder.DropTable(
                name: "booking_events");

            migrationBuilder.DropTable(
                name: "checklist_template_items");

            migrationBuilder.DropTable(
                name: "bookings");

            migrationBuilder.DropTable(
                name: "slots");

            migrationBuilder.DropColumn(
                name: "booking_mode",
                table: "activities");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:activity_type", "company_visit,guest_lesson,kids_party,mini_project,tech_lab_lesson,workshop,worksite_visit")
                .Annotation("Npgsql:Enum:education_level", "havo_vwo,hbo,mbo,po,vmbo")
                .Annotation("Npgsql:Enum:map_status", "off_map,on_map")
                .Annotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .Annotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .Annotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .Annotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
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
        }
    }
}
