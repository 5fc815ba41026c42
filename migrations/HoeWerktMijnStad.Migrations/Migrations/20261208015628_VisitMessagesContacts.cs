using System;
using HoeWerktMijnStad.Data.Bookings;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class VisitMessagesContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:activity_type", "company_visit,guest_lesson,kids_party,mini_project,tech_lab_lesson,workshop,worksite_visit")
                .Annotation("Npgsql:Enum:booking_mode", "fixed_slots,on_request")
                .Annotation("Npgsql:Enum:booking_state", "cancelled,completed,confirmed,declined,expired,not_happened,requested")
                .Annotation("Npgsql:Enum:checklist_event", "confirmed,evaluation_sent,reminder_sent")
                .Annotation("Npgsql:Enum:checklist_phase", "after,before,on_the_day")
                .Annotation("Npgsql:Enum:checklist_side", "company,school")
                .Annotation("Npgsql:Enum:demand_mail_frequency", "immediate,none,weekly")
                .Annotation("Npgsql:Enum:demand_offer_state", "accepted,closed,open")
                .Annotation("Npgsql:Enum:demand_state", "accepted,expired,open,withdrawn")
                .Annotation("Npgsql:Enum:design_state", "declined,published,submitted")
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
                .Annotation("Npgsql:Enum:stamp_source", "hand,lesson,visit")
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
                .OldAnnotation("Npgsql:Enum:design_state", "declined,published,submitted")
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
                .OldAnnotation("Npgsql:Enum:stamp_source", "hand,lesson,visit")
                .OldAnnotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .OldAnnotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .OldAnnotation("Npgsql:Enum:utility", "drinking_water,electricity,heat,internet,sewage,waste")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.AddColumn<ChecklistEvent>(
                name: "ticks_on",
                table: "checklist_template_items",
                type: "checklist_event",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "host_name",
                table: "bookings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "host_phone",
                table: "bookings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "meeting_point",
                table: "bookings",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "school_contact_name",
                table: "bookings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<ChecklistEvent>(
                name: "ticks_on",
                table: "booking_checklist_items",
                type: "checklist_event",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "booking_message_readers",
                columns: table => new
                {
                    booking_id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    read_through_id = table.Column<long>(type: "bigint", nullable: false),
                    mailed_through_id = table.Column<long>(type: "bigint", nullable: false),
                    mailed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_message_readers", x => new { x.booking_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_booking_message_readers_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_booking_message_readers_bookings_booking_id",
                        column: x => x.booking_id,
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "booking_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    booking_id = table.Column<int>(type: "integer", nullable: false),
                    side = table.Column<ChecklistSide>(type: "checklist_side", nullable: false),
                    author_id = table.Column<string>(type: "text", nullable: true),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_messages", x => x.id);
                    table.CheckConstraint("ck_booking_messages_text", "char_length(text) BETWEEN 1 AND 2000");
                    table.ForeignKey(
                        name: "fk_booking_messages_asp_net_users_author_id",
                        column: x => x.author_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_booking_messages_bookings_booking_id",
                        column: x => x.booking_id,
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 1,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 2,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 3,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 4,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 5,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 6,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 7,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 8,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 9,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 10,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 11,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 12,
                column: "ticks_on",
                value: ChecklistEvent.EvaluationSent);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 13,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 14,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 15,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 16,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 17,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 18,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 19,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 20,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 21,
                column: "ticks_on",
                value: null);

            migrationBuilder.UpdateData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 22,
                column: "ticks_on",
                value: ChecklistEvent.EvaluationSent);

            migrationBuilder.InsertData(
                table: "checklist_template_items",
                columns: new[] { "id", "confirm_on_apply", "phase", "position", "side", "text", "ticks_on" },
                values: new object[,]
                {
                    { 23, false, ChecklistPhase.Before, 8, ChecklistSide.School, "Het bedrijf heeft het bezoek bevestigd.", ChecklistEvent.Confirmed },
                    { 24, false, ChecklistPhase.Before, 7, ChecklistSide.Company, "De herinnering met de open punten is twee dagen vooraf verstuurd.", ChecklistEvent.ReminderSent }
                });

            migrationBuilder.CreateIndex(
                name: "ix_booking_message_readers_user_id",
                table: "booking_message_readers",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_booking_messages_author_id",
                table: "booking_messages",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_booking_messages_booking_id_id",
                table: "booking_messages",
                columns: new[] { "booking_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "booking_message_readers");

            migrationBuilder.DropTable(
                name: "booking_messages");

            migrationBuilder.DeleteData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 23);

            migrationBuilder.DeleteData(
                table: "checklist_template_items",
                keyColumn: "id",
                keyValue: 24);

            migrationBuilder.DropColumn(
                name: "ticks_on",
                table: "checklist_template_items");

            migrationBuilder.DropColumn(
                name: "host_name",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "host_phone",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "meeting_point",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "school_contact_name",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "ticks_on",
                table: "booking_checklist_items");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:activity_type", "company_visit,guest_lesson,kids_party,mini_project,tech_lab_lesson,workshop,worksite_visit")
                .Annotation("Npgsql:Enum:booking_mode", "fixed_slots,on_request")
                .Annotation("Npgsql:Enum:booking_state", "cancelled,completed,confirmed,declined,expired,not_happened,requested")
                .Annotation("Npgsql:Enum:checklist_phase", "after,before,on_the_day")
                .Annotation("Npgsql:Enum:checklist_side", "company,school")
                .Annotation("Npgsql:Enum:demand_mail_frequency", "immediate,none,weekly")
                .Annotation("Npgsql:Enum:demand_offer_state", "accepted,closed,open")
                .Annotation("Npgsql:Enum:demand_state", "accepted,expired,open,withdrawn")
                .Annotation("Npgsql:Enum:design_state", "declined,published,submitted")
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
                .Annotation("Npgsql:Enum:stamp_source", "hand,lesson,visit")
                .Annotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .Annotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .Annotation("Npgsql:Enum:utility", "drinking_water,electricity,heat,internet,sewage,waste")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:Enum:activity_type", "company_visit,guest_lesson,kids_party,mini_project,tech_lab_lesson,workshop,worksite_visit")
                .OldAnnotation("Npgsql:Enum:booking_mode", "fixed_slots,on_request")
                .OldAnnotation("Npgsql:Enum:booking_state", "cancelled,completed,confirmed,declined,expired,not_happened,requested")
                .OldAnnotation("Npgsql:Enum:checklist_event", "confirmed,evaluation_sent,reminder_sent")
                .OldAnnotation("Npgsql:Enum:checklist_phase", "after,before,on_the_day")
                .OldAnnotation("Npgsql:Enum:checklist_side", "company,school")
                .OldAnnotation("Npgsql:Enum:demand_mail_frequency", "immediate,none,weekly")
                .OldAnnotation("Npgsql:Enum:demand_offer_state", "accepted,closed,open")
                .OldAnnotation("Npgsql:Enum:demand_state", "accepted,expired,open,withdrawn")
                .OldAnnotation("Npgsql:Enum:design_state", "declined,published,submitted")
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
                .OldAnnotation("Npgsql:Enum:stamp_source", "hand,lesson,visit")
                .OldAnnotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .OldAnnotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .OldAnnotation("Npgsql:Enum:utility", "drinking_water,electricity,heat,internet,sewage,waste")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");
        }
    }
}
