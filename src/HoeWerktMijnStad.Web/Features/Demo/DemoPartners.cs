using HoeWerktMijnStad.Data.Catalogue;
using static HoeWerktMijnStad.Data.Catalogue.PartnerKind;
using static HoeWerktMijnStad.Data.Catalogue.SiteKind;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>The fictional demo partners. Every name, address number and website is made up; the streets and
/// towns are real so the map looks right. This file: installation companies; the other parts hold grid
/// operators and utilities, education, and construction and other companies.</summary>
internal static partial class DemoPartners
{
    private const string Ams = "Amsterdam";

    private static readonly Lazy<IReadOnlyList<PartnerRow>> Rows =
        new(() => [.. Installers(), .. NetworksAndUtilities(), .. EducationPartners(), .. BuildersAndOthers()]);

    public static IReadOnlyList<PartnerRow> All => Rows.Value;

    private static PartnerRow P(
        string slug, string name, PartnerKind kind, string themes, string levels, string topic,
        string pitch, string intro, string highlights, params SiteRow[] sites) =>
        new(slug, name, kind, themes, levels, topic, pitch, intro, highlights, sites);

    private static SiteRow S(string name, SiteKind kind, string address, string city, double lon, double lat) =>
        new(name, kind, address, city, lon, lat);

    private static PartnerRow[] Installers() =>
    [
        P("warmtewerk-installaties", "Warmtewerk Installaties", InstallationCompany, "GE", "PVM", "warmtepompen",
            "Wij bouwen warmtepompen in bij woningen, scholen en kantoren in Amsterdam-Noord. Kom in onze werkplaats kijken hoe een huis van het gas af gaat en probeer zelf een leiding te buigen!",
            "Warmtewerk Installaties is een installatiebedrijf uit Amsterdam-Noord met veertig monteurs. We helpen bewoners, scholen en woningcorporaties om van het aardgas af te gaan, straat voor straat.",
            "**Warmtepompen** die warmte uit de buitenlucht halen|Een proefopstelling met vloerverwarming en een buffervat|Monteurs die leidingen buigen, persen en solderen|Een warmtecamera waarmee je ziet waar een huis warmte lekt",
            S("Kantoor en werkplaats Noord", Office, "Johan van Hasseltweg 118", Ams, 4.9255, 52.3915),
            S("Praktijklokaal Buiksloterham", PracticeRoom, "Papaverweg 40", Ams, 4.9070, 52.3960)),
        P("zonnedak-techniek", "Zonnedak Techniek", InstallationCompany, "EG", "PVHM", "zonnepanelen",
            "Van schooldak tot fabriekshal: wij leggen zonnepanelen in de Zaanstreek. Ontdek hoe zonlicht stroom wordt en waarom een omvormer het hart van elk zonnedak is.",
            "Zonnedak Techniek legt al vijftien jaar zonnepanelen op daken in Zaandam en omgeving. Ons team van dakdekkers, elektriciens en ontwerpers werkt op hoogte, maar altijd veilig.",
            "Een **oefendak** waarop je leert panelen te monteren|Omvormers en batterijen die zonnestroom opslaan|Drones waarmee we daken inmeten|Een scherm met de opbrengst van honderd daken, live",
            S("Hoofdkantoor Zaandam", Office, "Hemkade 22", "Zaandam", 4.8420, 52.4285),
            S("Oefendak Zaandam-Oost", TrainingLocation, "Pieter Ghijsenlaan 14", "Zaandam", 4.8440, 52.4410)),
        P("klimaatkracht", "KlimaatKracht Installatiegroep", InstallationCompany, "GE", "VHM", "ventilatie en warmtepompen",
            "In Nieuw-West maken wij flats en scholen klaar voor de toekomst: frisse lucht in de klas, warmte zonder gas. Kom naar ons praktijklokaal en bouw zelf een ventilatiesysteem op schaal.",
            "KlimaatKracht is een installatiegroep met zeventig vakmensen in Nieuw-West. We verduurzamen portiekflats, sporthallen en scholen, en we leiden elk jaar tientallen leerlingen op in ons eigen praktijklokaal.",
            "Een **ventilatiewand** met CO2-meters, net als in een klaslokaal|Warmtepompen in alle soorten en maten, open en bloot|Een werkbank waarop je leert solderen en persen|Tekeningen in 3D waarin elke leiding een plek heeft",
            S("Kantoor Osdorp", Office, "Ookmeerweg 300", Ams, 4.7920, 52.3655),
            S("Praktijklokaal Slotervaart", PracticeRoom, "Pieter Calandlaan 85", Ams, 4.8080, 52.3560)),
        P("elektrotechniek-van-der-stroom", "Elektrotechniek Van der Stroom", InstallationCompany, "EM", "VM", "elektrische installaties",
            "Familiebedrijf in Almere met een passie voor stroom. We bouwen schakelkasten, laadpalen en slimme meters. Bij ons ontdek je dat elektrotechniek veel meer is dan een stopcontact.",
            "Elektrotechniek Van der Stroom is een familiebedrijf in de derde generatie. In onze werkplaats in Almere bouwen we schakelkasten voor scholen, sporthallen en laadpleinen.",
            "Een werkplaats vol **schakelkasten** in aanbouw|Laadpalen die je zelf mag openschroeven|Slimme meters die laten zien wanneer stroom goedkoop is|Een leerwerkplek voor mbo-studenten Elektrotechniek",
            S("Werkplaats Almere Stad", Office, "Transistorstraat 40", "Almere", 5.2330, 52.3800),
            S("Leerwerkplaats Almere Buiten", PracticeRoom, "Ampèrestraat 12", "Almere", 5.2620, 52.3925)),
        P("buis-en-brander", "Buis & Brander Installatietechniek", InstallationCompany, "GE", "PVM", "cv-ketels en hybride warmtepompen",
            "Van oude cv-ketel naar hybride warmtepomp: wij vervangen elke week tientallen installaties in Amsterdam-West. Kom zien hoe een monteur te werk gaat en wat er allemaal achter een radiator zit.",
            "Buis & Brander is een servicebedrijf met busjes die elke dag door West, Centrum en Zuid rijden. We onderhouden verwarmingen, vervangen ketels en maken woningen stap voor stap aardgasvrij.",
            "Een opengewerkte **cv-ketel** naast een hybride warmtepomp|Een servicebus vol gereedschap en onderdelen|Een meetkoffer om lekken en rookgassen op te sporen|Monteurs die vertellen over hun gekste storing",
            S("Servicecentrum Bos en Lommer", Office, "Bos en Lommerweg 210", Ams, 4.8480, 52.3790),
            S("Oefenruimte Westerpark", PracticeRoom, "Van Hallstraat 300", Ams, 4.8690, 52.3830)),
        P("luchtwerk-ventilatietechniek", "Luchtwerk Ventilatietechniek", InstallationCompany, "G", "VHM", "frisse lucht in gebouwen",
            "Hoe krijg je frisse lucht in een klas zonder dat het tocht? Wij ontwerpen en bouwen ventilatie voor scholen en kantoren. Meet bij ons zelf hoeveel CO2 er in je eigen adem zit.",
            "Luchtwerk Ventilatietechniek uit Amstelveen zorgt voor gezonde lucht in scholen, ziekenhuizen en kantoren. We meten, ontwerpen, monteren en regelen alles zelf.",
            "Een **luchtbehandelingskast** zo groot als een bus|Rookproeven die laten zien hoe lucht door een ruimte stroomt|CO2-meters die je zelf afleest en vergelijkt|Filters voor en na: zie wat er in stadslucht zit",
            S("Kantoor Amstelveen", Office, "Laan van Ouderkerk 20", "Amstelveen", 4.8720, 52.3050),
            S("Meetlab Bankras", TrainingLocation, "Bankrashof 8", "Amstelveen", 4.8620, 52.3135)),
        P("slimhuis-domotica", "SlimHuis Domotica", InstallationCompany, "GE", "VHM", "slimme gebouwen",
            "Lampen die zelf uitgaan, verwarming die weet dat je thuiskomt: wij maken huizen en scholen slim. Programmeer bij ons je eigen slimme kamer en ontdek hoeveel energie je bespaart.",
            "SlimHuis Domotica uit Diemen koppelt verlichting, verwarming, zonnepanelen en zonwering aan elkaar. Zo gebruiken gebouwen alleen energie wanneer het echt nodig is.",
            "Een **demokamer** waarin alles met sensoren werkt|Een dashboard met het energieverbruik van een hele school|Programmeerkastjes waarmee je zelf een regeling bouwt|Monteurs die kabels trekken én software instellen",
            S("Showroom Diemen", Office, "Sniep 70", "Diemen", 4.9700, 52.3470),
            S("Domoticalab Diemen-Zuid", PracticeRoom, "Arent Krijtsstraat 50", "Diemen", 4.9610, 52.3385)),
        P("spaarnestad-installatiewerken", "Spaarnestad Installatiewerken", InstallationCompany, "GE", "PVM", "duurzame installaties",
            "Al honderd jaar installateur in Haarlem, en nu volop bezig met de warmtetransitie. In onze leerwerkplaats bouwen leerlingen een warmtepompinstallatie van begin tot eind.",
            "Spaarnestad Installatiewerken werkt aan monumenten in de binnenstad én aan nieuwbouw in Schalkwijk. Oud vakmanschap en nieuwe techniek gaan bij ons hand in hand.",
            "Een **monumentaal pand** met een warmtepomp op zolder|Een leerwerkplaats met echte installaties|Zinken dakgoten en koperen leidingen, met de hand gemaakt|Een warmtepomp die je zelf mag inregelen",
            S("Kantoor Waarderpolder", Office, "Oudeweg 80", "Haarlem", 4.6560, 52.3880),
            S("Leerwerkplaats Schalkwijk", PracticeRoom, "Europaweg 100", "Haarlem", 4.6600, 52.3650)),
        P("gooise-installatiegroep", "Gooise Installatiegroep", InstallationCompany, "GE", "PVM", "aardgasvrije wijken",
            "In het Gooi maken wij wijken aardgasvrij, van villa tot rijtjeshuis. Ontdek in onze opleidingshal hoe een warmtepomp, een zonneboiler en een warmtenet samenwerken.",
            "De Gooise Installatiegroep werkt in Hilversum, Bussum en Huizen. Samen met gemeenten en woningcorporaties maken we wijken die zonder aardgas warm blijven.",
            "Een **opleidingshal** met drie complete installaties|Zonneboilers die water verwarmen met alleen zonlicht|Een maquette van een aardgasvrije wijk|Mbo-studenten die bij ons stage lopen",
            S("Kantoor Hilversum", Office, "Larenseweg 150", "Hilversum", 5.1900, 52.2290),
            S("Opleidingshal Bussum", TrainingLocation, "Nieuwe 's-Gravelandseweg 40", "Bussum", 5.1540, 52.2700)),
        P("waterland-installateurs", "Waterland Installateurs", InstallationCompany, "GEM", "PV", "warmte en water in huis",
            "Wij zorgen in Purmerend en Waterland voor warm water, verwarming en laadpalen bij duizenden woningen. Kom een dagje mee en ontdek hoeveel techniek er in één huis zit.",
            "Waterland Installateurs is een middelgroot bedrijf uit Purmerend. Onze monteurs werken in nieuwbouwwijken en oude dorpskernen, van leidingwerk tot laadpaal.",
            "Een **huis op ware grootte** waarin alle leidingen zichtbaar zijn|Boilers, warmtepompen en laadpalen naast elkaar|Een proef met waterdruk en kranen|Verhalen van monteurs die hier begonnen als stagiair",
            S("Kantoor Purmerend", Office, "Zuiderweg 40", "Purmerend", 4.9380, 52.4975),
            S("Praktijkhuis Weidevenne", PracticeRoom, "Verzetslaan 60", "Purmerend", 4.9300, 52.5020)),
        P("polderwarmte-techniek", "Polderwarmte Techniek", InstallationCompany, "GE", "VMB", "bodemenergie",
            "Onder de Haarlemmermeer zit warmte en koude die we opslaan voor gebouwen. Wij boren, bouwen en regelen bodemenergie. Zie bij ons hoe warm het is op honderd meter diepte!",
            "Polderwarmte Techniek is gespecialiseerd in **bodemenergie**: warmte en koude opslaan in de grond. We werken voor kantoren, scholen en nieuwe woonwijken in de Haarlemmermeer.",
            "Een boorkern van honderd meter diep|Een warmtepomp die een heel kantoor verwarmt en koelt|Temperatuursensoren in de bodem, live uitgelezen|Een proefput waarin je ziet hoe grondwater stroomt",
            S("Kantoor Hoofddorp", Office, "Taurusavenue 50", "Hoofddorp", 4.7010, 52.2960),
            S("Proefveld Bodemenergie", TrainingLocation, "Hoofdweg 1200", "Hoofddorp", 4.6850, 52.3120)),
        P("eilandstroom-energietechniek", "Eilandstroom Energietechniek", InstallationCompany, "EG", "PVM", "energie op IJburg",
            "Op IJburg wonen mensen bijna helemaal zonder aardgas. Wij bouwen en onderhouden hun warmtepompen, zonnepanelen en thuisbatterijen. Ontdek hoe een wijk op het water zijn eigen energie maakt.",
            "Eilandstroom Energietechniek begon als klein bedrijf op Haveneiland. Inmiddels onderhouden we de energie-installaties van duizenden woningen op IJburg en het Zeeburgereiland.",
            "Een **thuisbatterij** die zonnestroom voor de avond bewaart|Een drijvende woning met een warmtepomp die water als bron gebruikt|Het energiedashboard van een heel woonblok|Een werkplaats aan het water",
            S("Werkplaats Haveneiland", Office, "IJburglaan 700", Ams, 4.9980, 52.3545),
            S("Energiehuis Zeeburgereiland", PracticeRoom, "Bert Haanstrakade 20", Ams, 4.9610, 52.3690)),
        P("koudewerk-koeltechniek", "Koudewerk Koeltechniek", InstallationCompany, "EG", "VM", "koeltechniek",
            "Zonder koeling geen ijsje, geen medicijn en geen datacentrum. Wij bouwen koelinstallaties in de haven van Amsterdam. Kom voelen hoe koud min dertig graden is (met een dikke jas aan).",
            "Koudewerk Koeltechniek bouwt en onderhoudt koelhuizen, vriescellen en koelinstallaties voor datacentra in Westpoort. Steeds vaker hergebruiken we de restwarmte voor woningen.",
            "Een **vriescel** van min dertig graden|Koelmiddelen die beter zijn voor het klimaat|Restwarmte van een datacentrum die huizen verwarmt|Technici die storingen op afstand oplossen",
            S("Koelcentrum Westpoort", Office, "Kabelweg 60", Ams, 4.8410, 52.3925),
            S("Opleidingscentrum Koude", TrainingLocation, "Radarweg 40", Ams, 4.8370, 52.3880)),
    ];
}
