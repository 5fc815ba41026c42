using System;
using HoeWerktMijnStad.Data.Family;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace HoeWerktMijnStad.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class FamilyCorner : Migration
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
                .OldAnnotation("Npgsql:Enum:education_level", "havo_vwo,hbo,mbo,po,vmbo")
                .OldAnnotation("Npgsql:Enum:map_status", "off_map,on_map")
                .OldAnnotation("Npgsql:Enum:map_status_reason", "exemption,manual,no_visit,visit_completed")
                .OldAnnotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .OldAnnotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .OldAnnotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .OldAnnotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .OldAnnotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateTable(
                name: "party_slots",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    site_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    min_age = table.Column<int>(type: "integer", nullable: false),
                    max_age = table.Column<int>(type: "integer", nullable: false),
                    capacity_children = table.Column<int>(type: "integer", nullable: false),
                    booked_children = table.Column<int>(type: "integer", nullable: false),
                    closed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_party_slots", x => x.id);
                    table.CheckConstraint("ck_party_slots_ages", "min_age BETWEEN 4 AND 16 AND max_age BETWEEN min_age AND 16");
                    table.CheckConstraint("ck_party_slots_booked", "booked_children BETWEEN 0 AND capacity_children");
                    table.CheckConstraint("ck_party_slots_capacity", "capacity_children BETWEEN 1 AND 60");
                    table.CheckConstraint("ck_party_slots_day", "extract(isodow FROM starts_at AT TIME ZONE 'Europe/Amsterdam') IN (6, 7)\nOR (extract(isodow FROM starts_at AT TIME ZONE 'Europe/Amsterdam') = 3\n    AND (starts_at AT TIME ZONE 'Europe/Amsterdam')::time >= time '12:00')");
                    table.CheckConstraint("ck_party_slots_times", "ends_at > starts_at AND ends_at <= starts_at + interval '6 hours'");
                    table.ForeignKey(
                        name: "fk_party_slots_sites_site_id",
                        column: x => x.site_id,
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "trips",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:IdentitySequenceOptions", "'1000', '1', '', '', 'False', '1'")
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    utility = table.Column<Utility>(type: "utility", nullable: false),
                    kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: false),
                    what_to_expect = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    practical = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trips", x => x.id);
                    table.CheckConstraint("ck_trips_location_in_netherlands", "ST_X(location::geometry) BETWEEN 3.2 AND 7.3 AND ST_Y(location::geometry) BETWEEN 50.7 AND 53.6");
                });

            migrationBuilder.CreateTable(
                name: "party_bookings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    party_slot_id = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<PartyBookingState>(type: "party_booking_state", nullable: false),
                    parent_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    children = table.Column<int>(type: "integer", nullable: false),
                    age_from = table.Column<int>(type: "integer", nullable: false),
                    age_to = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    held_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    parent_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    partner_message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_party_bookings", x => x.id);
                    table.CheckConstraint("ck_party_bookings_ages", "age_from BETWEEN 4 AND 16 AND age_to BETWEEN age_from AND 16");
                    table.CheckConstraint("ck_party_bookings_children", "children BETWEEN 1 AND 60");
                    table.CheckConstraint("ck_party_bookings_personal_data", "(erased_at IS NULL AND parent_name IS NOT NULL AND email IS NOT NULL AND phone IS NOT NULL)\nOR (erased_at IS NOT NULL AND parent_name IS NULL AND email IS NULL AND phone IS NULL)");
                    table.ForeignKey(
                        name: "fk_party_bookings_party_slots_party_slot_id",
                        column: x => x.party_slot_id,
                        principalTable: "party_slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "trips",
                columns: new[] { "id", "address", "city", "kind", "location", "name", "practical", "slug", "url", "utility", "what_to_expect" },
                values: new object[,]
                {
                    { 1, "Australiëhavenweg, Westpoort", "Amsterdam", "rioolwaterzuivering", (NetTopologySuite.Geometries.Point)new NetTopologySuite.IO.WKTReader().Read("SRID=4326;POINT (4.8208 52.4097)"), "Rioolwaterzuivering Amsterdam-West", "Alleen te bezoeken met een rondleiding of op een open dag van Waternet; kijk op de website wanneer. Vanaf ongeveer 8 jaar.", "rwzi-amsterdam-west", "https://www.waternet.nl", Utility.Sewage, "Hier komt het rioolwater van een groot deel van Amsterdam aan. In grote bakken eten bacteriën het vuil op, daarna bezinkt het slib en gaat het schone water de rivier in. Van het slib wordt biogas gemaakt. Je ruikt het, je ziet het, en je snapt daarna waarom er geen vet of doekjes in de wc horen." },
                    { 2, "Vogelenzangseweg 21 (bezoekerscentrum De Oranjekom)", "Vogelenzang", "duinwaterwingebied", (NetTopologySuite.Geometries.Point)new NetTopologySuite.IO.WKTReader().Read("SRID=4326;POINT (4.56 52.338)"), "Amsterdamse Waterleidingduinen", "Open voor wandelaars met een dagkaart (te koop bij de ingang of online). Honden niet toegestaan. Leuk voor alle leeftijden.", "waterleidingduinen", "https://www.waternet.nl", Utility.DrinkingWater, "In de duinen wordt rivierwater door het zand gefilterd tot het bijna drinkwater is: zo komt een groot deel van het Amsterdamse kraanwater hier vandaan. Je wandelt langs de kanalen waar het water in de duinen zakt, en met een beetje geluk zie je damherten." },
                    { 3, "Aarbergerweg 41", "Rijsenhout", "gft-vergisting en composteerbedrijf", (NetTopologySuite.Geometries.Point)new NetTopologySuite.IO.WKTReader().Read("SRID=4326;POINT (4.7084 52.2575)"), "De Groene Energiefabriek van Meerlanden", "Rondleidingen op de Landelijke Compostdag in het voorjaar, dan kun je ook gratis compost halen. Kijk op de website voor de datum.", "groene-energiefabriek", "https://www.meerlanden.nl", Utility.Waste, "Hier wordt groente-, fruit- en tuinafval uit de regio verwerkt. Eerst komt er biogas uit (voor vuilniswagens en bussen), daarna wordt de rest compost voor tuinen en akkers. Je ziet hoe je eigen gft-bak weer iets nuttigs wordt." },
                    { 4, "Australiëhavenweg 21", "Amsterdam", "afval-energiecentrale", (NetTopologySuite.Geometries.Point)new NetTopologySuite.IO.WKTReader().Read("SRID=4326;POINT (4.8277 52.4064)"), "AEB Amsterdam, afval-energiecentrale", "Bezoek alleen met een rondleiding op afspraak of tijdens open dagen; vraag ernaar via de website.", "aeb-amsterdam", "https://www.aebamsterdam.nl", Utility.Waste, "Het restafval van Amsterdam wordt hier verbrand. De warmte gaat via leidingen naar huizen (stadswarmte) en er wordt stroom van gemaakt. Uit de as halen ze nog metalen terug. Een enorme grijper tilt in één keer een vuilniswagen vol afval." },
                    { 5, "Oosterdok 2", "Amsterdam", "wetenschapsmuseum", (NetTopologySuite.Geometries.Point)new NetTopologySuite.IO.WKTReader().Read("SRID=4326;POINT (4.9123 52.3738)"), "NEMO Science Museum", "Elke dag open in de schoolvakanties, anders dinsdag tot en met zondag. Kaartjes vooraf online. Voor alle leeftijden; het leukst van 6 tot 14.", "nemo-science-museum", "https://www.nemosciencemuseum.nl", Utility.Electricity, "Vijf verdiepingen om zelf te proberen: een kettingreactie, stroom opwekken, bouwen met water en energie. Op het dak (gratis) zie je hoe de zon en de wind een plein koel houden, met uitzicht over de stad." },
                    { 6, "Plantage Kerklaan 38-40", "Amsterdam", "museum over microben", (NetTopologySuite.Geometries.Point)new NetTopologySuite.IO.WKTReader().Read("SRID=4326;POINT (4.9126 52.3672)"), "Micropia", "Naast Artis; elke dag open. Vanaf ongeveer 8 jaar het leukst.", "micropia", "https://www.micropia.nl", Utility.Sewage, "Het enige museum ter wereld over microben: de kleine beestjes die ook in de rioolwaterzuivering het vuile water schoonmaken en in de composthoop je afval opeten. Door microscopen zie je ze bewegen." },
                    { 7, "Cruquiusdijk 27", "Cruquius", "stoomgemaal", (NetTopologySuite.Geometries.Point)new NetTopologySuite.IO.WKTReader().Read("SRID=4326;POINT (4.6355 52.3377)"), "Museum De Cruquius", "Open van woensdag tot en met zondag (in de vakanties vaker). Op sommige dagen draait de machine.", "museum-de-cruquius", "https://www.cruquiusmuseum.nl", Utility.Sewage, "Het grootste stoomgemaal ooit gebouwd hielp de Haarlemmermeer droog te pompen. Je ziet de reusachtige pompen en leert hoe Nederland nog steeds elke dag water wegpompt, net als de rioolgemalen onder de stad." },
                    { 8, "Pazzanistraat 37", "Amsterdam", "voormalige gasfabriek", (NetTopologySuite.Geometries.Point)new NetTopologySuite.IO.WKTReader().Read("SRID=4326;POINT (4.8745 52.386)"), "Westergasfabriek", "Een park, altijd open. Combineer met een speeltuin in het Westerpark.", "westergasfabriek", "https://westergas.nl", Utility.Heat, "Hier werd vroeger gas gemaakt uit steenkool, voor de lantaarns en fornuizen van Amsterdam. De gashouder en de fabrieksgebouwen staan er nog. Praat erover: waarmee verwarmen we onze huizen nu, en waarmee straks?" },
                    { 9, "Akersluis 10", "Amsterdam", "poldermolen", (NetTopologySuite.Geometries.Point)new NetTopologySuite.IO.WKTReader().Read("SRID=4326;POINT (4.8031 52.3449)"), "Molen van Sloten", "Elke dag open, met een rondleiding door de molen. Stevige schoenen aan: de trappen zijn steil.", "molen-van-sloten", "https://www.molenvansloten.nl", Utility.Electricity, "Een draaiende poldermolen die met windkracht water uit de polder pompt. De molenaar laat zien hoe de wind de wieken en het scheprad laat draaien: de voorloper van de windturbines die nu stroom maken." },
                    { 10, "Johan Cruijff Boulevard 1", "Amsterdam", "stadion met zonnepanelen en batterij", (NetTopologySuite.Geometries.Point)new NetTopologySuite.IO.WKTReader().Read("SRID=4326;POINT (4.9419 52.3143)"), "Johan Cruijff ArenA", "De zonnepanelen zie je vanaf het plein; met een stadiontour (vooraf boeken) kom je binnen.", "johan-cruijff-arena", "https://www.johancruijffarena.nl", Utility.Electricity, "Op het dak liggen duizenden zonnepanelen en in het stadion staat een grote batterij, gemaakt van batterijen uit oude elektrische auto's. Zo bewaart het stadion zonnestroom voor een wedstrijd in de avond." }
                });

            migrationBuilder.CreateIndex(
                name: "ix_party_bookings_party_slot_id_state",
                table: "party_bookings",
                columns: new[] { "party_slot_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ux_party_bookings_live_email",
                table: "party_bookings",
                columns: new[] { "party_slot_id", "email" },
                unique: true,
                filter: "state IN ('held', 'requested', 'confirmed')");

            migrationBuilder.CreateIndex(
                name: "ix_party_slots_site_id",
                table: "party_slots",
                column: "site_id");

            migrationBuilder.CreateIndex(
                name: "ix_party_slots_starts_at",
                table: "party_slots",
                column: "starts_at");

            migrationBuilder.CreateIndex(
                name: "ix_trips_location",
                table: "trips",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_trips_slug",
                table: "trips",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "party_bookings");

            migrationBuilder.DropTable(
                name: "trips");

            migrationBuilder.DropTable(
                name: "party_slots");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:activity_type", "company_visit,guest_lesson,kids_party,mini_project,tech_lab_lesson,workshop,worksite_visit")
                .Annotation("Npgsql:Enum:booking_mode", "fixed_slots,on_request")
                .Annotation("Npgsql:Enum:booking_state", "cancelled,completed,confirmed,declined,expired,not_happened,requested")
                .Annotation("Npgsql:Enum:checklist_phase", "after,before,on_the_day")
                .Annotation("Npgsql:Enum:checklist_side", "company,school")
                .Annotation("Npgsql:Enum:education_level", "havo_vwo,hbo,mbo,po,vmbo")
                .Annotation("Npgsql:Enum:map_status", "off_map,on_map")
                .Annotation("Npgsql:Enum:map_status_reason", "exemption,manual,no_visit,visit_completed")
                .Annotation("Npgsql:Enum:partner_kind", "construction,education,grid_operator,installation_company,other,utility")
                .Annotation("Npgsql:Enum:school_type", "higher_vocational,primary,secondary,vocational")
                .Annotation("Npgsql:Enum:site_kind", "office,practice_room,tech_lab,training_location,utility_plant")
                .Annotation("Npgsql:Enum:theme", "energie,gebouwde_omgeving,mobiliteit")
                .Annotation("Npgsql:Enum:travel_mode", "bike,car,coach,public_transport,walking")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:Enum:activity_type", "company_visit,guest_lesson,kids_party,mini_project,tech_lab_lesson,workshop,worksite_visit")
                .OldAnnotation("Npgsql:Enum:booking_mode", "fixed_slots,on_request")
                .OldAnnotation("Npgsql:Enum:booking_state", "cancelled,completed,confirmed,declined,expired,not_happened,requested")
                .OldAnnotation("Npgsql:Enum:checklist_phase", "after,before,on_the_day")
                .OldAnnotation("Npgsql:Enum:checklist_side", "company,school")
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
        }
    }
}
