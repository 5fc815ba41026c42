using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_booking_checklist_items_done_by_id",
                table: "booking_checklist_items",
                column: "done_by_id");

            migrationBuilder.AddForeignKey(
                name: "fk_booking_checklist_items_asp_net_users_done_by_id",
                table: "booking_checklist_items",
                column: "done_by_id",
                principalTable: "asp_net_users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_booking_checklist_items_asp_net_users_done_by_id",
                table: "booking_checklist_items");

            migrationBuilder.DropIndex(
                name: "ix_booking_checklist_items_done_by_id",
                table: "booking_checklist_items");

            migrationBuilder.DropColumn(
                name: "done_by_id",
                table: "booking_checklist_items");

            migrationBuilder.DropColumn(
                name: "inactivity_warned_at",
                table: "asp_net_users");

            migrationBuilder.DropColumn(
                name: "last_sign_in_at",
                table: "asp_net_users");
        }
    }
}
