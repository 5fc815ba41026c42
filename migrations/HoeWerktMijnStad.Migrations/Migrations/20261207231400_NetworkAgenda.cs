using System;
using HoeWerktMijnStad.Data.Agenda;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class NetworkAgenda : Migration
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
                .Annotation("Npgsql:Enum:event_audience", "companies,everyone,primary_teachers,secondary_teachers,teachers,vocational_teachers")
                .Annotation("Npgsql:Enum:event_sign_up_state", "cancelled,registered,unconfirmed,waiting")
                .Annotation("Npgsql:Enum:event_type", "matchmaking,online_session,open_day,teacher_conversation,workshop")
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

            migrationBuilder.CreateTable(
                name: "network_events",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    type = table.Column<EventType>(type: "event_type", nullable: false),
                    audience = table.Column<EventAudience>(type: "event_audience", nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: true),
                    online_link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    registered = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_network_events", x => x.id);
                    table.CheckConstraint("ck_network_events_capacity", "capacity BETWEEN 1 AND 1000");
                    table.CheckConstraint("ck_network_events_location_in_netherlands", "ST_X(location::geometry) BETWEEN 3.2 AND 7.3 AND ST_Y(location::geometry) BETWEEN 50.7 AND 53.6");
                    table.CheckConstraint("ck_network_events_registered", "registered BETWEEN 0 AND capacity");
                    table.CheckConstraint("ck_network_events_times", "ends_at > starts_at AND ends_at <= starts_at + interval '12 hours'");
                    table.CheckConstraint("ck_network_events_title", "length(btrim(title)) > 0");
                    table.CheckConstraint("ck_network_events_where", "((place IS NOT NULL AND location IS NOT NULL) OR online_link IS NOT NULL)\nAND (type <> 'online_session' OR online_link IS NOT NULL)\nAND (online_link IS NULL OR online_link LIKE 'https://%')");
                    table.ForeignKey(
                        name: "fk_network_events_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_sign_ups",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    event_id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: true),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    state = table.Column<EventSignUpState>(type: "event_sign_up_state", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    waiting_turn = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_sign_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_event_sign_ups_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_event_sign_ups_network_events_event_id",
                        column: x => x.event_id,
                        principalTable: "network_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_event_sign_ups_event_id_state_waiting_turn",
                table: "event_sign_ups",
                columns: new[] { "event_id", "state", "waiting_turn" });

            migrationBuilder.CreateIndex(
                name: "ix_event_sign_ups_event_id_waiting_turn",
                table: "event_sign_ups",
                columns: new[] { "event_id", "waiting_turn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_sign_ups_user_id",
                table: "event_sign_ups",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ux_event_sign_ups_live_email",
                table: "event_sign_ups",
                columns: new[] { "event_id", "email" },
                unique: true,
                filter: "state IN ('unconfirmed', 'registered', 'waiting')");

            migrationBuilder.CreateIndex(
                name: "ix_network_events_location",
                table: "network_events",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_network_events_partner_id",
                table: "network_events",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_network_events_starts_at",
                table: "network_events",
                column: "starts_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "event_sign_ups");

            migrationBuilder.DropTable(
                name: "network_events");

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
                .OldAnnotation("Npgsql:Enum:event_audience", "companies,everyone,primary_teachers,secondary_teachers,teachers,vocational_teachers")
                .OldAnnotation("Npgsql:Enum:event_sign_up_state", "cancelled,registered,unconfirmed,waiting")
                .OldAnnotation("Npgsql:Enum:event_type", "matchmaking,online_session,open_day,teacher_conversation,workshop")
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
