using System;
using HoeWerktMijnStad.Data.Family;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class FamilyVideos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "family_videos",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    utility = table.Column<Utility>(type: "utility", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    transcript = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    seconds = table.Column<int>(type: "integer", nullable: false),
                    you_tube_id = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    file_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_family_videos", x => x.id);
                    table.CheckConstraint("ck_family_videos_description", "length(btrim(description)) > 0");
                    table.CheckConstraint("ck_family_videos_file_hash", "file_hash ~ '^[0-9a-f]{64}$'");
                    table.CheckConstraint("ck_family_videos_seconds", "seconds BETWEEN 1 AND 3600");
                    table.CheckConstraint("ck_family_videos_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.CheckConstraint("ck_family_videos_source", "(you_tube_id IS NULL) <> (file_hash IS NULL)");
                    table.CheckConstraint("ck_family_videos_title", "length(btrim(title)) > 0");
                    table.CheckConstraint("ck_family_videos_you_tube_id", "you_tube_id ~ '^[A-Za-z0-9_-]{11}$'");
                });

            migrationBuilder.CreateTable(
                name: "family_video_files",
                columns: table => new
                {
                    video_id = table.Column<int>(type: "integer", nullable: false),
                    content_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    size_bytes = table.Column<int>(type: "integer", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    captions = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_family_video_files", x => x.video_id);
                    table.CheckConstraint("ck_family_video_files_bytes", "octet_length(bytes) BETWEEN 16 AND 41943040\nAND ((content_type = 'video/webm' AND substring(bytes from 1 for 4) = '\\x1a45dfa3'::bytea)\n  OR (content_type = 'video/mp4' AND substring(bytes from 5 for 4) = '\\x66747970'::bytea))");
                    table.CheckConstraint("ck_family_video_files_captions", "captions LIKE 'WEBVTT%'");
                    table.CheckConstraint("ck_family_video_files_size", "size_bytes = octet_length(bytes)");
                    table.ForeignKey(
                        name: "fk_family_video_files_family_videos_video_id",
                        column: x => x.video_id,
                        principalTable: "family_videos",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_family_videos_slug",
                table: "family_videos",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_family_videos_utility",
                table: "family_videos",
                column: "utility");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "family_video_files");

            migrationBuilder.DropTable(
                name: "family_videos");
        }
    }
}
