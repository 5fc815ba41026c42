using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class DemandFixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_demand_offers_activities_activity_id",
                table: "demand_offers");

            migrationBuilder.AddForeignKey(
                name: "fk_demand_offers_activities_activity_id",
                table: "demand_offers",
                column: "activity_id",
                principalTable: "activities",
                principalColumn: "id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_demand_offers_activities_activity_id",
                table: "demand_offers");

            migrationBuilder.AddForeignKey(
                name: "fk_demand_offers_activities_activity_id",
                table: "demand_offers",
                column: "activity_id",
                principalTable: "activities",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
