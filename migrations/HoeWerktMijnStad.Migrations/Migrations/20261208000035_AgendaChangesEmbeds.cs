using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class AgendaChangesEmbeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_event_sign_ups_live_email",
                table: "event_sign_ups");

            migrationBuilder.AddColumn<string>(
                name: "cancel_reason",
                table: "network_events",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancelled_at",
                table: "network_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "network_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "erased_at",
                table: "event_sign_ups",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_event_sign_ups_live_email",
                table: "event_sign_ups",
                columns: new[] { "event_id", "email" },
                unique: true,
                filter: "state IN ('unconfirmed', 'registered', 'waiting') AND erased_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_event_sign_ups_live_email",
                table: "event_sign_ups");

            migrationBuilder.DropColumn(
                name: "cancel_reason",
                table: "network_events");

            migrationBuilder.DropColumn(
                name: "cancelled_at",
                table: "network_events");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "network_events");

            migrationBuilder.DropColumn(
                name: "erased_at",
                table: "event_sign_ups");

            migrationBuilder.CreateIndex(
                name: "ux_event_sign_ups_live_email",
                table: "event_sign_ups",
                columns: new[] { "event_id", "email" },
                unique: true,
                filter: "state IN ('unconfirmed', 'registered', 'waiting')");
        }
    }
}
