using System;
using System.Collections.Generic;
using HoeWerktMijnStad.Data.Accounts;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class SafeToLaunch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_emails_next_attempt_at",
                table: "outbox_emails");

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
                .OldAnnotation("Npgsql:Enum:lesson_kind", "career_orientation,lesson_letter,primary_activity")
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

            migrationBuilder.AddColumn<List<string>>(
                name: "mail_domains",
                table: "schools",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<int>(
                name: "booking_id",
                table: "outbox_emails",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "undeliverable_at",
                table: "outbox_emails",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "done_by_id",
                table: "booking_checklist_items",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "inactivity_warned_at",
                table: "asp_net_users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_sign_in_at",
                table: "asp_net_users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "editor_invitations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    state = table.Column<InvitationState>(type: "invitation_state", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    invited_by_id = table.Column<string>(type: "text", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_by_id = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_editor_invitations", x => x.id);
                    table.CheckConstraint("ck_editor_invitations_closed", "(state = 'pending') = (closed_at IS NULL)");
                    table.CheckConstraint("ck_editor_invitations_email_lower", "email = lower(email) AND email LIKE '%_@_%'");
                    table.CheckConstraint("ck_editor_invitations_expiry", "expires_at > created_at");
                    table.CheckConstraint("ck_editor_invitations_token", "octet_length(token_hash) = 32");
                    table.ForeignKey(
                        name: "fk_editor_invitations_asp_net_users_accepted_by_id",
                        column: x => x.accepted_by_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_editor_invitations_asp_net_users_invited_by_id",
                        column: x => x.invited_by_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_editor_invitations_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rate_limit_windows",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    window_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    hits = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rate_limit_windows", x => x.key);
                    table.CheckConstraint("ck_rate_limit_windows_hits", "hits > 0");
                });

            migrationBuilder.CreateTable(
                name: "school_links",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    school_id = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<SchoolLinkState>(type: "school_link_state", nullable: false),
                    verified_by = table.Column<SchoolLinkCheck>(type: "school_link_check", nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by_id = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_school_links", x => x.id);
                    table.CheckConstraint("ck_school_links_decided", "(state = 'pending') = (decided_at IS NULL)");
                    table.CheckConstraint("ck_school_links_reason", "state <> 'rejected' OR length(btrim(reason)) > 0");
                    table.CheckConstraint("ck_school_links_verified_by", "(state = 'verified') = (verified_by IS NOT NULL) OR state = 'ended'");
                    table.ForeignKey(
                        name: "fk_school_links_asp_net_users_decided_by_id",
                        column: x => x.decided_by_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_school_links_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_school_links_schools_school_id",
                        column: x => x.school_id,
                        principalTable: "schools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_schools_mail_domains",
                table: "schools",
                column: "mail_domains")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.AddCheckConstraint(
                name: "ck_schools_mail_domains_lower",
                table: "schools",
                sql: "mail_domains::text = lower(mail_domains::text) AND NOT mail_domains::text LIKE '%@%'");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_booking_id",
                table: "outbox_emails",
                column: "booking_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_next_attempt_at",
                table: "outbox_emails",
                column: "next_attempt_at",
                filter: "sent_at IS NULL AND undeliverable_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_undeliverable_at",
                table: "outbox_emails",
                column: "undeliverable_at",
                filter: "undeliverable_at IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "ck_outbox_emails_sent_or_undeliverable",
                table: "outbox_emails",
                sql: "sent_at IS NULL OR undeliverable_at IS NULL");

            migrationBuilder.AddCheckConstraint(
                name: "ck_outbox_emails_undeliverable_reason",
                table: "outbox_emails",
                sql: "undeliverable_at IS NULL OR last_error IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_booking_checklist_items_done_by_id",
                table: "booking_checklist_items",
                column: "done_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_editor_invitations_accepted_by_id",
                table: "editor_invitations",
                column: "accepted_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_editor_invitations_invited_by_id",
                table: "editor_invitations",
                column: "invited_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_editor_invitations_partner_id",
                table: "editor_invitations",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_editor_invitations_state_created_at",
                table: "editor_invitations",
                columns: new[] { "state", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_editor_invitations_token_hash",
                table: "editor_invitations",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rate_limit_windows_window_start",
                table: "rate_limit_windows",
                column: "window_start");

            migrationBuilder.CreateIndex(
                name: "ix_school_links_decided_by_id",
                table: "school_links",
                column: "decided_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_school_links_one_verified",
                table: "school_links",
                column: "user_id",
                unique: true,
                filter: "state = 'verified'");

            migrationBuilder.CreateIndex(
                name: "ix_school_links_school_id",
                table: "school_links",
                column: "school_id");

            migrationBuilder.CreateIndex(
                name: "ix_school_links_state_requested_at",
                table: "school_links",
                columns: new[] { "state", "requested_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_booking_checklist_items_asp_net_users_done_by_id",
                table: "booking_checklist_items",
                column: "done_by_id",
                principalTable: "asp_net_users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_outbox_emails_bookings_booking_id",
                table: "outbox_emails",
                column: "booking_id",
                principalTable: "bookings",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            // before school links, any account could name any school: every such link becomes a request for the
            // programme leader (the demo data verifies the demo teacher again), and nobody acts for a school until then
            migrationBuilder.Sql("""
                INSERT INTO school_links (user_id, school_id, state, requested_at)
                SELECT id, school_id, 'pending', now() FROM asp_net_users WHERE school_id IS NOT NULL;
                UPDATE asp_net_users SET school_id = NULL WHERE school_id IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_booking_checklist_items_asp_net_users_done_by_id",
                table: "booking_checklist_items");

            migrationBuilder.DropForeignKey(
                name: "fk_outbox_emails_bookings_booking_id",
                table: "outbox_emails");

            migrationBuilder.DropTable(
                name: "editor_invitations");

            migrationBuilder.DropTable(
                name: "rate_limit_windows");

            migrationBuilder.DropTable(
                name: "school_links");

            migrationBuilder.DropIndex(
                name: "ix_schools_mail_domains",
                table: "schools");

            migrationBuilder.DropCheckConstraint(
                name: "ck_schools_mail_domains_lower",
                table: "schools");

            migrationBuilder.DropIndex(
                name: "ix_outbox_emails_booking_id",
                table: "outbox_emails");

            migrationBuilder.DropIndex(
                name: "ix_outbox_emails_next_attempt_at",
                table: "outbox_emails");

            migrationBuilder.DropIndex(
                name: "ix_outbox_emails_undeliverable_at",
                table: "outbox_emails");

            migrationBuilder.DropCheckConstraint(
                name: "ck_outbox_emails_sent_or_undeliverable",
                table: "outbox_emails");

            migrationBuilder.DropCheckConstraint(
                name: "ck_outbox_emails_undeliverable_reason",
                table: "outbox_emails");

            migrationBuilder.DropIndex(
                name: "ix_booking_checklist_items_done_by_id",
                table: "booking_checklist_items");

            migrationBuilder.DropColumn(
                name: "mail_domains",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "booking_id",
                table: "outbox_emails");

            migrationBuilder.DropColumn(
                name: "undeliverable_at",
                table: "outbox_emails");

            migrationBuilder.DropColumn(
                name: "done_by_id",
                table: "booking_checklist_items");

            migrationBuilder.DropColumn(
                name: "inactivity_warned_at",
                table: "asp_net_users");

            migrationBuilder.DropColumn(
                name: "last_sign_in_at",
                table: "asp_net_users");

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
                .Annotation("Npgsql:Enum:lesson_kind", "career_orientation,lesson_letter,primary_activity")
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

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_next_attempt_at",
                table: "outbox_emails",
                column: "next_attempt_at",
                filter: "sent_at IS NULL");
        }
    }
}
