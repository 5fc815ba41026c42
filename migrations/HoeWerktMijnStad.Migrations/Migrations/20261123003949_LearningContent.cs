using System;
using System.Collections.Generic;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Learning;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class LearningContent : Migration
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

            migrationBuilder.CreateTable(
                name: "best_practices",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    body_markdown = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: true),
                    source_evaluation_id = table.Column<int>(type: "integer", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_best_practices", x => x.id);
                    table.CheckConstraint("ck_best_practices_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.CheckConstraint("ck_best_practices_title", "length(btrim(title)) > 0");
                    table.ForeignKey(
                        name: "fk_best_practices_evaluations_source_evaluation_id",
                        column: x => x.source_evaluation_id,
                        principalTable: "evaluations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_best_practices_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "learning_images",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alt_text = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    in_library = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_learning_images", x => x.id);
                    table.CheckConstraint("ck_learning_images_alt_text", "length(btrim(alt_text)) > 0");
                    table.CheckConstraint("ck_learning_images_content_type", "content_type IN ('image/webp', 'image/png', 'image/jpeg')");
                    table.CheckConstraint("ck_learning_images_size", "octet_length(bytes) BETWEEN 1 AND 5242880");
                });

            migrationBuilder.CreateTable(
                name: "lessons",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<LessonKind>(type: "lesson_kind", nullable: false),
                    summary = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    levels = table.Column<List<EducationLevel>>(type: "education_level[]", nullable: false),
                    group_from = table.Column<int>(type: "integer", nullable: true),
                    group_to = table.Column<int>(type: "integer", nullable: true),
                    theme = table.Column<Theme>(type: "theme", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    learning_goals = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    body_markdown = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lessons", x => x.id);
                    table.CheckConstraint("ck_lessons_duration", "duration_minutes BETWEEN 5 AND 1440");
                    table.CheckConstraint("ck_lessons_groups", "(group_from IS NULL AND group_to IS NULL) OR (group_from BETWEEN 1 AND 8 AND group_to BETWEEN group_from AND 8)");
                    table.CheckConstraint("ck_lessons_levels", "cardinality(levels) > 0");
                    table.CheckConstraint("ck_lessons_po_groups", "kind <> 'primary_activity' OR group_from IS NOT NULL");
                    table.CheckConstraint("ck_lessons_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.CheckConstraint("ck_lessons_title", "length(btrim(title)) > 0");
                });

            migrationBuilder.CreateTable(
                name: "virtual_tours",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    intro_markdown = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_virtual_tours", x => x.id);
                    table.CheckConstraint("ck_virtual_tours_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.CheckConstraint("ck_virtual_tours_title", "length(btrim(title)) > 0");
                    table.ForeignKey(
                        name: "fk_virtual_tours_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lesson_attachments",
                columns: table => new
                {
                    lesson_id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    size_bytes = table.Column<int>(type: "integer", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lesson_attachments", x => x.lesson_id);
                    table.CheckConstraint("ck_lesson_attachments_file_name", "file_name ~ '^[a-z0-9]+(-[a-z0-9]+)*\\.pdf$'");
                    table.CheckConstraint("ck_lesson_attachments_pdf", "octet_length(bytes) BETWEEN 8 AND 10485760 AND substring(bytes from 1 for 5) = '\\x255044462d'::bytea");
                    table.CheckConstraint("ck_lesson_attachments_size", "size_bytes = octet_length(bytes)");
                    table.ForeignKey(
                        name: "fk_lesson_attachments_lessons_lesson_id",
                        column: x => x.lesson_id,
                        principalTable: "lessons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tour_steps",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    tour_id = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text_markdown = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    image_id = table.Column<Guid>(type: "uuid", nullable: true),
                    video_id = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tour_steps", x => x.id);
                    table.CheckConstraint("ck_tour_steps_media", "num_nonnulls(image_id, video_id) = 1");
                    table.CheckConstraint("ck_tour_steps_position", "position >= 0");
                    table.CheckConstraint("ck_tour_steps_title", "length(btrim(title)) > 0");
                    table.CheckConstraint("ck_tour_steps_video_id", "video_id IS NULL OR video_id ~ '^[A-Za-z0-9_-]{11}$'");
                    table.ForeignKey(
                        name: "fk_tour_steps_learning_images_image_id",
                        column: x => x.image_id,
                        principalTable: "learning_images",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tour_steps_virtual_tours_tour_id",
                        column: x => x.tour_id,
                        principalTable: "virtual_tours",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_best_practices_partner_id",
                table: "best_practices",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_best_practices_slug",
                table: "best_practices",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_best_practices_source_evaluation_id",
                table: "best_practices",
                column: "source_evaluation_id");

            migrationBuilder.CreateIndex(
                name: "ix_lessons_kind_published_at",
                table: "lessons",
                columns: new[] { "kind", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_lessons_slug",
                table: "lessons",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tour_steps_image_id",
                table: "tour_steps",
                column: "image_id");

            migrationBuilder.CreateIndex(
                name: "ix_tour_steps_tour_id_position",
                table: "tour_steps",
                columns: new[] { "tour_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_virtual_tours_partner_id",
                table: "virtual_tours",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_virtual_tours_slug",
                table: "virtual_tours",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "best_practices");

            migrationBuilder.DropTable(
                name: "lesson_attachments");

            migrationBuilder.DropTable(
                name: "tour_steps");

            migrationBuilder.DropTable(
                name: "lessons");

            migrationBuilder.DropTable(
                name: "learning_images");

            migrationBuilder.DropTable(
                name: "virtual_tours");

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
        }
    }
}
