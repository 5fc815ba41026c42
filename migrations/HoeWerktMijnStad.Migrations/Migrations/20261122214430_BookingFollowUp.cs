using System;
using HoeWerktMijnStad.Data.Bookings;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class BookingFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "calendar",
                table: "outbox_emails",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "calendar_method",
                table: "outbox_emails",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "completed_at",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "evaluation_reminder_sent_at",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "evaluation_requested_at",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "leader_id",
                table: "bookings",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reminder_sent_at",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "evaluations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    booking_id = table.Column<int>(type: "integer", nullable: false),
                    side = table.Column<ChecklistSide>(type: "checklist_side", nullable: false),
                    preparation = table.Column<int>(type: "integer", nullable: true),
                    content = table.Column<int>(type: "integer", nullable: true),
                    learning_goals_fit = table.Column<int>(type: "integer", nullable: true),
                    organisation = table.Column<int>(type: "integer", nullable: true),
                    mark = table.Column<int>(type: "integer", nullable: true),
                    went_well = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    could_be_better = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    met_expectations = table.Column<bool>(type: "boolean", nullable: true),
                    best_practice_consent = table.Column<bool>(type: "boolean", nullable: false),
                    best_practice_candidate = table.Column<bool>(type: "boolean", nullable: false),
                    author_id = table.Column<string>(type: "text", nullable: true),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluations", x => x.id);
                    table.CheckConstraint("ck_evaluations_candidate", "NOT best_practice_candidate OR (best_practice_consent AND sent_at IS NOT NULL)");
                    table.CheckConstraint("ck_evaluations_mark", "mark BETWEEN 1 AND 10");
                    table.CheckConstraint("ck_evaluations_ratings", "preparation BETWEEN 1 AND 5 AND content BETWEEN 1 AND 5 AND learning_goals_fit BETWEEN 1 AND 5 AND organisation BETWEEN 1 AND 5");
                    table.CheckConstraint("ck_evaluations_sent_complete", "sent_at IS NULL OR (preparation IS NOT NULL AND content IS NOT NULL AND learning_goals_fit IS NOT NULL AND organisation IS NOT NULL AND mark IS NOT NULL AND met_expectations IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_evaluations_asp_net_users_author_id",
                        column: x => x.author_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_evaluations_bookings_booking_id",
                        column: x => x.booking_id,
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_outbox_emails_calendar",
                table: "outbox_emails",
                sql: "(calendar IS NULL) = (calendar_method IS NULL) AND calendar_method IN ('REQUEST', 'CANCEL')");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_leader_id",
                table: "bookings",
                column: "leader_id");

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_author_id",
                table: "evaluations",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_booking_id_side",
                table: "evaluations",
                columns: new[] { "booking_id", "side" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_bookings_asp_net_users_leader_id",
                table: "bookings",
                column: "leader_id",
                principalTable: "asp_net_users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            // visits completed before the follow-up job existed: no late evaluation requests or reminders for them
            migrationBuilder.Sql("""
                UPDATE bookings
                SET completed_at = coalesce(ends_at, now()), evaluation_requested_at = now(), evaluation_reminder_sent_at = now()
                WHERE state = 'completed';
                UPDATE bookings SET reminder_sent_at = now() WHERE state = 'confirmed' AND starts_at <= now() + interval '2 days';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_bookings_asp_net_users_leader_id",
                table: "bookings");

            migrationBuilder.DropTable(
                name: "evaluations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_outbox_emails_calendar",
                table: "outbox_emails");

            migrationBuilder.DropIndex(
                name: "ix_bookings_leader_id",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "calendar",
                table: "outbox_emails");

            migrationBuilder.DropColumn(
                name: "calendar_method",
                table: "outbox_emails");

            migrationBuilder.DropColumn(
                name: "completed_at",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "evaluation_reminder_sent_at",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "evaluation_requested_at",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "leader_id",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "reminder_sent_at",
                table: "bookings");
        }
    }
}
