using System;
using System.Collections.Generic;
using HoeWerktMijnStad.Data.Campaign;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Passports;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class PassportsAndCampaign : Migration
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
                .OldAnnotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .OldAnnotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .OldAnnotation("Npgsql:Enum:utility", "drinking_water,electricity,heat,internet,sewage,waste")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.AddColumn<int>(
                name: "class_id",
                table: "bookings",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "school_classes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    school_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    level = table.Column<EducationLevel>(type: "education_level", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_school_classes", x => x.id);
                    table.CheckConstraint("ck_school_classes_name", "length(btrim(name)) > 0");
                    table.CheckConstraint("ck_school_classes_year", "year BETWEEN 1 AND 8");
                    table.ForeignKey(
                        name: "fk_school_classes_schools_school_id",
                        column: x => x.school_id,
                        principalTable: "schools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "skills_passports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    group_from = table.Column<int>(type: "integer", nullable: false),
                    group_to = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skills_passports", x => x.id);
                    table.CheckConstraint("ck_skills_passports_groups", "group_from BETWEEN 1 AND 8 AND group_to BETWEEN group_from AND 8");
                });

            migrationBuilder.CreateTable(
                name: "campaign_designs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    class_id = table.Column<int>(type: "integer", nullable: false),
                    school_id = table.Column<int>(type: "integer", nullable: false),
                    slogan = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    theme = table.Column<Theme>(type: "theme", nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    image = table.Column<byte[]>(type: "bytea", nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<DesignState>(type: "design_state", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    submitted_by_id = table.Column<string>(type: "text", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_designs", x => x.id);
                    table.CheckConstraint("ck_campaign_designs_reason", "state <> 'declined' OR length(btrim(reason)) > 0");
                    table.CheckConstraint("ck_campaign_designs_slogan", "length(btrim(slogan)) > 0");
                    table.ForeignKey(
                        name: "fk_campaign_designs_asp_net_users_submitted_by_id",
                        column: x => x.submitted_by_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_campaign_designs_school_classes_class_id",
                        column: x => x.class_id,
                        principalTable: "school_classes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_campaign_designs_schools_school_id",
                        column: x => x.school_id,
                        principalTable: "schools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "class_lessons",
                columns: table => new
                {
                    class_id = table.Column<int>(type: "integer", nullable: false),
                    lesson_id = table.Column<int>(type: "integer", nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_class_lessons", x => new { x.class_id, x.lesson_id });
                    table.ForeignKey(
                        name: "fk_class_lessons_lessons_lesson_id",
                        column: x => x.lesson_id,
                        principalTable: "lessons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_class_lessons_school_classes_class_id",
                        column: x => x.class_id,
                        principalTable: "school_classes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "class_passports",
                columns: table => new
                {
                    class_id = table.Column<int>(type: "integer", nullable: false),
                    passport_id = table.Column<int>(type: "integer", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_class_passports", x => new { x.class_id, x.passport_id });
                    table.ForeignKey(
                        name: "fk_class_passports_school_classes_class_id",
                        column: x => x.class_id,
                        principalTable: "school_classes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_class_passports_skills_passports_passport_id",
                        column: x => x.passport_id,
                        principalTable: "skills_passports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "passport_skills",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    passport_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    experiment_slugs = table.Column<List<string>>(type: "text[]", nullable: false, defaultValueSql: "'{}'::text[]")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_passport_skills", x => x.id);
                    table.ForeignKey(
                        name: "fk_passport_skills_skills_passports_passport_id",
                        column: x => x.passport_id,
                        principalTable: "skills_passports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "van_designs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    design_id = table.Column<int>(type: "integer", nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    activity_id = table.Column<int>(type: "integer", nullable: true),
                    code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    adopted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_van_designs", x => x.id);
                    table.CheckConstraint("ck_van_designs_code", "code ~ '^[a-z0-9]{8}$'");
                    table.ForeignKey(
                        name: "fk_van_designs_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_van_designs_campaign_designs_design_id",
                        column: x => x.design_id,
                        principalTable: "campaign_designs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_van_designs_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "passport_skill_activities",
                columns: table => new
                {
                    activities_id = table.Column<int>(type: "integer", nullable: false),
                    passport_skill_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_passport_skill_activities", x => new { x.activities_id, x.passport_skill_id });
                    table.ForeignKey(
                        name: "fk_passport_skill_activities_activities_activities_id",
                        column: x => x.activities_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_passport_skill_activities_passport_skills_passport_skill_id",
                        column: x => x.passport_skill_id,
                        principalTable: "passport_skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "passport_skill_lessons",
                columns: table => new
                {
                    lessons_id = table.Column<int>(type: "integer", nullable: false),
                    passport_skill_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_passport_skill_lessons", x => new { x.lessons_id, x.passport_skill_id });
                    table.ForeignKey(
                        name: "fk_passport_skill_lessons_lessons_lessons_id",
                        column: x => x.lessons_id,
                        principalTable: "lessons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_passport_skill_lessons_passport_skills_passport_skill_id",
                        column: x => x.passport_skill_id,
                        principalTable: "passport_skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "skill_stamps",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    class_id = table.Column<int>(type: "integer", nullable: false),
                    skill_id = table.Column<int>(type: "integer", nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<StampSource>(type: "stamp_source", nullable: false),
                    booking_id = table.Column<int>(type: "integer", nullable: true),
                    lesson_id = table.Column<int>(type: "integer", nullable: true),
                    note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    stamped_by_id = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skill_stamps", x => x.id);
                    table.ForeignKey(
                        name: "fk_skill_stamps_asp_net_users_stamped_by_id",
                        column: x => x.stamped_by_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_skill_stamps_bookings_booking_id",
                        column: x => x.booking_id,
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_skill_stamps_lessons_lesson_id",
                        column: x => x.lesson_id,
                        principalTable: "lessons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_skill_stamps_passport_skills_skill_id",
                        column: x => x.skill_id,
                        principalTable: "passport_skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_skill_stamps_school_classes_class_id",
                        column: x => x.class_id,
                        principalTable: "school_classes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "qr_scan_days",
                columns: table => new
                {
                    van_design_id = table.Column<int>(type: "integer", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    scans = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qr_scan_days", x => new { x.van_design_id, x.day });
                    table.CheckConstraint("ck_qr_scan_days_scans", "scans > 0");
                    table.ForeignKey(
                        name: "fk_qr_scan_days_van_designs_van_design_id",
                        column: x => x.van_design_id,
                        principalTable: "van_designs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_class_id",
                table: "bookings",
                column: "class_id");

            migrationBuilder.CreateIndex(
                name: "ix_campaign_designs_class_id",
                table: "campaign_designs",
                column: "class_id");

            migrationBuilder.CreateIndex(
                name: "ix_campaign_designs_school_id",
                table: "campaign_designs",
                column: "school_id");

            migrationBuilder.CreateIndex(
                name: "ix_campaign_designs_state_theme",
                table: "campaign_designs",
                columns: new[] { "state", "theme" });

            migrationBuilder.CreateIndex(
                name: "ix_campaign_designs_submitted_by_id",
                table: "campaign_designs",
                column: "submitted_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_class_lessons_lesson_id",
                table: "class_lessons",
                column: "lesson_id");

            migrationBuilder.CreateIndex(
                name: "ix_class_passports_passport_id",
                table: "class_passports",
                column: "passport_id");

            migrationBuilder.CreateIndex(
                name: "ix_passport_skill_activities_passport_skill_id",
                table: "passport_skill_activities",
                column: "passport_skill_id");

            migrationBuilder.CreateIndex(
                name: "ix_passport_skill_lessons_passport_skill_id",
                table: "passport_skill_lessons",
                column: "passport_skill_id");

            migrationBuilder.CreateIndex(
                name: "ix_passport_skills_passport_id_name",
                table: "passport_skills",
                columns: new[] { "passport_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_school_classes_school_id_name",
                table: "school_classes",
                columns: new[] { "school_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_skill_stamps_booking_id",
                table: "skill_stamps",
                column: "booking_id");

            migrationBuilder.CreateIndex(
                name: "ix_skill_stamps_class_id_skill_id",
                table: "skill_stamps",
                columns: new[] { "class_id", "skill_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_skill_stamps_lesson_id",
                table: "skill_stamps",
                column: "lesson_id");

            migrationBuilder.CreateIndex(
                name: "ix_skill_stamps_skill_id",
                table: "skill_stamps",
                column: "skill_id");

            migrationBuilder.CreateIndex(
                name: "ix_skill_stamps_stamped_by_id",
                table: "skill_stamps",
                column: "stamped_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_skills_passports_name",
                table: "skills_passports",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_van_designs_activity_id",
                table: "van_designs",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_van_designs_code",
                table: "van_designs",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_van_designs_design_id_partner_id",
                table: "van_designs",
                columns: new[] { "design_id", "partner_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_van_designs_partner_id",
                table: "van_designs",
                column: "partner_id");

            migrationBuilder.AddForeignKey(
                name: "fk_bookings_school_classes_class_id",
                table: "bookings",
                column: "class_id",
                principalTable: "school_classes",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_bookings_school_classes_class_id",
                table: "bookings");

            migrationBuilder.DropTable(
                name: "class_lessons");

            migrationBuilder.DropTable(
                name: "class_passports");

            migrationBuilder.DropTable(
                name: "passport_skill_activities");

            migrationBuilder.DropTable(
                name: "passport_skill_lessons");

            migrationBuilder.DropTable(
                name: "qr_scan_days");

            migrationBuilder.DropTable(
                name: "skill_stamps");

            migrationBuilder.DropTable(
                name: "van_designs");

            migrationBuilder.DropTable(
                name: "passport_skills");

            migrationBuilder.DropTable(
                name: "campaign_designs");

            migrationBuilder.DropTable(
                name: "skills_passports");

            migrationBuilder.DropTable(
                name: "school_classes");

            migrationBuilder.DropIndex(
                name: "ix_bookings_class_id",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "class_id",
                table: "bookings");

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
        }
    }
}
