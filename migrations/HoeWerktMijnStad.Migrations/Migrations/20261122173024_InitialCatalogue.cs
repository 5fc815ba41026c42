using System;
using System.Collections.Generic;
using HoeWerktMijnStad.Data.Catalogue;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class InitialCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:activity_type", "company_visit,guest_lesson,kids_party,mini_project,tech_lab_lesson,workshop,worksite_visit")
                .Annotation("Npgsql:Enum:education_level", "havo_vwo,hbo,mbo,po,vmbo")
                .Annotation("Npgsql:Enum:map_status", "off_map,on_map")
                .Annotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .Annotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .Annotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .Annotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateTable(
                name: "partners",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<PartnerKind>(type: "partner_kind", nullable: false),
                    themes = table.Column<List<Theme>>(type: "theme[]", nullable: false),
                    pitch = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    page_markdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    website_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    logo_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    audience_levels = table.Column<List<EducationLevel>>(type: "education_level[]", nullable: false),
                    map_status = table.Column<MapStatus>(type: "map_status", nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partners", x => x.id);
                    table.CheckConstraint("ck_partners_name", "length(btrim(name)) > 0");
                    table.CheckConstraint("ck_partners_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.CheckConstraint("ck_partners_website_url", "website_url IS NULL OR website_url ~ '^https?://'");
                });

            migrationBuilder.CreateTable(
                name: "schools",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<SchoolType>(type: "school_type", nullable: false),
                    levels = table.Column<List<EducationLevel>>(type: "education_level[]", nullable: false),
                    level_detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    district = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_schools", x => x.id);
                    table.CheckConstraint("ck_schools_location_in_netherlands", "ST_X(location::geometry) BETWEEN 3.2 AND 7.3 AND ST_Y(location::geometry) BETWEEN 50.7 AND 53.6");
                });

            migrationBuilder.CreateTable(
                name: "sites",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<SiteKind>(type: "site_kind", nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sites", x => x.id);
                    table.CheckConstraint("ck_sites_location_in_netherlands", "ST_X(location::geometry) BETWEEN 3.2 AND 7.3 AND ST_Y(location::geometry) BETWEEN 50.7 AND 53.6");
                    table.ForeignKey(
                        name: "fk_sites_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "worksites",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: false),
                    area = table.Column<Polygon>(type: "geography (polygon, 4326)", nullable: true),
                    visit_levels = table.Column<List<EducationLevel>>(type: "education_level[]", nullable: false),
                    max_group_size = table.Column<int>(type: "integer", nullable: false),
                    safety_notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_worksites", x => x.id);
                    table.CheckConstraint("ck_worksites_location_in_netherlands", "ST_X(location::geometry) BETWEEN 3.2 AND 7.3 AND ST_Y(location::geometry) BETWEEN 50.7 AND 53.6");
                    table.CheckConstraint("ck_worksites_max_group_size", "max_group_size > 0");
                    table.CheckConstraint("ck_worksites_period", "end_date >= start_date");
                    table.ForeignKey(
                        name: "fk_worksites_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<ActivityType>(type: "activity_type", nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    levels = table.Column<List<EducationLevel>>(type: "education_level[]", nullable: false),
                    themes = table.Column<List<Theme>>(type: "theme[]", nullable: false),
                    min_group_size = table.Column<int>(type: "integer", nullable: false),
                    max_group_size = table.Column<int>(type: "integer", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    site_id = table.Column<int>(type: "integer", nullable: true),
                    worksite_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                    table.CheckConstraint("ck_activities_duration", "duration_minutes > 0");
                    table.CheckConstraint("ck_activities_group_size", "min_group_size > 0 AND max_group_size >= min_group_size");
                    table.CheckConstraint("ck_activities_one_place", "num_nonnulls(site_id, worksite_id) <= 1");
                    table.ForeignKey(
                        name: "fk_activities_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_activities_sites_site_id",
                        column: x => x.site_id,
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_activities_worksites_worksite_id",
                        column: x => x.worksite_id,
                        principalTable: "worksites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_partner_id",
                table: "activities",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_activities_site_id",
                table: "activities",
                column: "site_id");

            migrationBuilder.CreateIndex(
                name: "ix_activities_type",
                table: "activities",
                column: "type");

            migrationBuilder.CreateIndex(
                name: "ix_activities_worksite_id",
                table: "activities",
                column: "worksite_id");

            migrationBuilder.CreateIndex(
                name: "ix_partners_slug",
                table: "partners",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_schools_location",
                table: "schools",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_schools_name_city",
                table: "schools",
                columns: new[] { "name", "city" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sites_location",
                table: "sites",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_sites_partner_id",
                table: "sites",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_worksites_location",
                table: "worksites",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_worksites_partner_id",
                table: "worksites",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_worksites_start_date_end_date",
                table: "worksites",
                columns: new[] { "start_date", "end_date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "schools");

            migrationBuilder.DropTable(
                name: "sites");

            migrationBuilder.DropTable(
                name: "worksites");

            migrationBuilder.DropTable(
                name: "partners");
        }
    }
}
