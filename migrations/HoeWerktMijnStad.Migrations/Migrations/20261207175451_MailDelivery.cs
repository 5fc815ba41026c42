using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class MailDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_emails_next_attempt_at",
                table: "outbox_emails");

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

            migrationBuilder.AddForeignKey(
                name: "fk_outbox_emails_bookings_booking_id",
                table: "outbox_emails",
                column: "booking_id",
                principalTable: "bookings",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_outbox_emails_bookings_booking_id",
                table: "outbox_emails");

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

            migrationBuilder.DropColumn(
                name: "booking_id",
                table: "outbox_emails");

            migrationBuilder.DropColumn(
                name: "undeliverable_at",
                table: "outbox_emails");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_next_attempt_at",
                table: "outbox_emails",
                column: "next_attempt_at",
                filter: "sent_at IS NULL");
        }
    }
}
