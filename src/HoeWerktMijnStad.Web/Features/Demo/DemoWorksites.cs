using static HoeWerktMijnStad.Web.Features.Demo.DemoSafety;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>The demo worksites ("tijdelijke werkzaamheden"). Start and end are day offsets from today, so the
/// map always shows a mix of finished, running and upcoming works: see the comments per group.</summary>
internal static class DemoWorksites
{
    private const string Ams = "Amsterdam";

    public static IReadOnlyList<WorksiteRow> All { get; } =
    [
        // Finished: ended before today.
        W("netwerk-metropool", "Nieuwe middenspanningskabel Osdorp", "Pieter Calandlaan 200", Ams, 4.8000, 52.3560, -120, -30, "VM", 12, Straat, 0,
            "We legden vier kilometer nieuwe stroomkabel om een nieuwe woonwijk en twee laadpleinen aan te sluiten. Leerlingen zagen hoe een kabel van honderd meter van de haspel de sleuf in gaat en hoe monteurs een kabelmof maken."),
        W("polderstroom-netbeheer", "Buurtbatterij Regenboogbuurt", "Indigostraat 20", "Almere", 5.2650, 52.4010, -90, -14, "PVM", 16, Stroom, 0,
            "In de Regenboogbuurt plaatsten we een buurtbatterij zo groot als een zeecontainer. Overdag slaat hij de zonnestroom van tweehonderd daken op, 's avonds geeft hij die weer terug aan de buurt."),
        W("stadswater-metropool", "Zonnepark op de rioolwaterzuivering", "Australiëhavenweg 310", Ams, 4.8165, 52.4050, -200, -60, "PVHM", 20, Bouw, 0,
            "Op de afgedekte bassins van de zuivering legden we vierduizend zonnepanelen. Daarmee draait de zuivering voor een groot deel op eigen stroom. Klassen zagen hoe panelen op drijvers en frames worden gemonteerd."),
        W("warmtebedrijf-stadswarmte", "Warmtenet Diemen-Noord", "Ouddiemerlaan 100", "Diemen", 4.9580, 52.3440, -300, -100, "VM", 12, Straat, 0,
            "Vijfhonderd woningen in Diemen-Noord zijn aangesloten op het warmtenet. Leerlingen volgden hoe de leidingen werden gelast, geïsoleerd en getest op lekken voordat de straat weer dicht ging."),
        W("zonnedak-techniek", "Zonnepanelen op een bedrijfshal in Westzaan", "Hoogtij 20", "Zaandam", 4.7900, 52.4300, -60, -40, "VM", 10, Dak, 0,
            "Op het dak van een voedselfabriek legden we 2.500 zonnepanelen. Met een kraan gingen de pallets met panelen omhoog, en een drone filmde hoe de monteurs in rijen werkten."),
        W("gww-amstelgrond", "Klimaatbestendige straat in Bos en Lommer", "Leeuwendalersweg 40", Ams, 4.8430, 52.3780, -250, -120, "PVM", 16, Straat, 160,
            "We vervingen het riool en legden een straat aan die regenwater opvangt in kratten onder de grond. Zo loopt bij een zware bui geen kelder meer onder. De nieuwe bomen staan er al."),
        W("gooise-installatiegroep", "Aardgasvrije straat in Bussum", "Koekoeklaan 30", "Bussum", 5.1610, 52.2690, -40, -5, "PVM", 12, Bouw, 0,
            "Dertig woningen in één straat gingen tegelijk van het aardgas af. Leerlingen zagen hoe een monteur de gasmeter weghaalt, een warmtepomp aansluit en de radiatoren inregelt."),
        W("brug-en-sluis-techniek", "Nieuwe bediening voor een ophaalbrug", "Nieuwe Herengracht 90", Ams, 4.9080, 52.3660, -30, -1, "PVM", 12, Water, 0,
            "Een oude ophaalbrug kreeg nieuwe hydrauliek en wordt nu op afstand bediend. Klassen keken in het brugwachtershuisje mee terwijl de brug voor de eerste keer met de nieuwe techniek openging."),

        // Running today.
        W("netwerk-metropool", "Uitbreiding onderstation Buiksloterham", "Klaprozenweg 80", Ams, 4.9120, 52.4000, -60, 120, "VHM", 16, Stroom, 180,
            "Omdat het stroomnet in Noord vol zit, bouwen we het onderstation uit met twee extra transformatoren. Vanaf de tribune zie je hoe een transformator van tachtig ton met een speciale kraan op zijn plek komt. Onze technici leggen uit waarom dit nodig is voor warmtepompen en laadpalen."),
        W("gasnet-aan-het-ij", "Vervanging gasleidingen Poelenburg", "Rembrandtweg 40", "Zaandam", 4.8070, 52.4330, -20, 40, "VM", 12, Gas, 150,
            "Oude gietijzeren gasleidingen worden vervangen door kunststof leidingen die later ook groen gas kunnen vervoeren. Je ziet hoe een monteur een leiding veilig afsluit en aansluit, en met een meetapparaat zoek je zelf naar lekken."),
        W("hoogspanning-randstad", "Nieuw hoogspanningsstation Diemen", "Overdiemerweg 30", "Diemen", 4.9870, 52.3490, -200, 400, "HMB", 15, Stroom, 300,
            "Naast het bestaande station bouwen we een nieuw hoogspanningsstation dat windstroom van zee naar de regio brengt. Vanaf een uitkijkpunt zie je de funderingen, de stalen portalen en de enorme transformatoren. Een technicus vertelt hoe je veilig werkt met 380.000 volt."),
        W("stadswater-metropool", "Renovatie rioolgemaal Westerpark", "Haarlemmerweg 500", Ams, 4.8720, 52.3860, -45, 60, "PVM", 12, Water, 0,
            "We vernieuwen de pompen van een rioolgemaal uit 1970: de oude pompen gaan eruit, nieuwe zuinige pompen erin. Van bovenaf kijk je in de put en zie je hoe het rioolwater van de hele buurt wordt weggepompt."),
        W("warmtebedrijf-stadswarmte", "Aanleg warmtenet Slotermeer", "Slotermeerlaan 120", Ams, 4.8140, 52.3780, -30, 150, "VHM", 16, Straat, 240,
            "In Slotermeer krijgen 1.200 woningen een aansluiting op het warmtenet. Je ziet hoe de geïsoleerde leidingen in een sleuf worden gelegd en aan elkaar gelast, en hoe een woning wordt aangesloten. Vanaf de tribune bij de bouwkeet heb je het beste zicht."),
        W("klimaatkracht", "Warmtepompen voor portiekflats in Geuzenveld", "Lodewijk van Deysselstraat 40", Ams, 4.8010, 52.3810, -10, 90, "VM", 12, Dak, 0,
            "Bij zes portiekflats vervangen we de cv-ketels door een gezamenlijke warmtepomp op het dak. Je ziet hoe de warmtepomp met een kraan omhoog gaat en hoe monteurs de leidingen door het trappenhuis aanleggen. Bewoners vertellen graag wat er voor hen verandert."),
        W("zonnedak-techniek", "Zonnedak op een basisschool in Zaandam-Oost", "Pieter Ghijsenlaan 30", "Zaandam", 4.8465, 52.4400, 0, 21, "PV", 16, Dak, 0,
            "Op het dak van een basisschool leggen we driehonderd zonnepanelen. Vanaf het schoolplein kijk je mee hoe de panelen met een kraan omhoog gaan. Daarna volg je in de klas live hoeveel stroom het dak oplevert."),
        W("laadplein-mobiliteit", "Laadplein bij P+R Sloterdijk", "Radarweg 5", Ams, 4.8380, 52.3870, -25, 35, "VHM", 14, Stroom, 0,
            "We bouwen een laadplein met veertig laadpunten en vier snelladers. Je ziet hoe de kabels van het nieuwe transformatorhuisje naar de palen lopen en hoe een snellader wordt getest. We laten zien hoe slim laden voorkomt dat het net overbelast raakt."),
        W("busbedrijf-stroomlijn", "Snelladers voor bussen bij busstation Amstelveen", "Rembrandtweg 10", "Amstelveen", 4.8650, 52.3020, -50, 10, "PVM", 16, Straat, 0,
            "Bij het busstation komen snelladers met pantografen: een arm die van boven op het dak van de bus zakt. Zo laadt een bus in een paar minuten bij terwijl de chauffeur pauze heeft."),
        W("de-stadsbouwers", "Renovatie woonblok Transvaalbuurt", "Transvaalkade 40", Ams, 4.9220, 52.3550, -100, 80, "VHM", 12, Bouw, 120,
            "Een woonblok uit 1925 krijgt gevelisolatie, dubbel glas en warmtepompen. Via een veilige route loop je langs de steigers en zie je hoe kant-en-klare gevelpanelen worden geplaatst. Een uitvoerder vertelt hoe je bouwt terwijl mensen er gewoon blijven wonen."),
        W("gww-amstelgrond", "Herstel kademuur Oudezijds Achterburgwal", "Oudezijds Achterburgwal 200", Ams, 4.8980, 52.3700, -150, 250, "VHM", 10, Water, 110,
            "We vernieuwen een oude kademuur die op houten palen staat. Je ziet hoe een damwand het water tegenhoudt, hoe oude palen eruit gaan en nieuwe palen trillingsvrij worden geplaatst. Ook zie je hoe we de bomen op de kade beschermen."),
        W("bijlmerbouw-renovatie", "Zonnedak en nieuwe gevels flat Gooioord", "Gooioord 100", Ams, 4.9790, 52.3190, -80, 0, "PV", 12, Bouw, 0,
            "Een flat van tien verdiepingen krijgt nieuwe gevels en een zonnedak van achthonderd panelen. Vandaag is de laatste werkdag: je ziet hoe de steigers worden afgebroken en hoe het dak wordt opgeleverd."),
        W("funderingswerk-zaan", "Funderingsherstel Rosmolenbuurt", "Rosmolenstraat 30", "Zaandam", 4.8230, 52.4390, -40, 100, "VHM", 10, Bouw, 0,
            "Onder een rij huizen uit 1900 vervangen we de rotte houten palen door nieuwe betonpalen. Je ziet hoe een huis tijdelijk op vijzels staat en hoe een stille machine de palen de grond in schroeft."),
        W("bouwbedrijf-waterlandse-poort", "Energieneutrale wijk Purmerend-Noord", "Melkwegweg 60", "Purmerend", 4.9560, 52.5180, -300, 500, "PVM", 20, Bouw, 280,
            "Hier verrijst een wijk van vierhonderd energieneutrale woningen. Je volgt een huis van fundering tot dak, kijkt in de cabine van de torenkraan (vanaf de grond) en ziet hoe zonnepanelen en warmtepompen meteen mee worden gebouwd."),
        W("havenstroom-waterstof", "Bouw van de elektrolyser in Westpoort", "Hornweg 70", Ams, 4.7840, 52.4160, -180, 300, "HMB", 12, Stroom, 250,
            "Op een terrein in de haven bouwen we een fabriek die met windstroom waterstof maakt. Je ziet hoe de stacks van de elektrolyser worden geplaatst en hoe leidingen naar het tankstation lopen. Een ingenieur legt uit hoe we veilig werken met waterstof."),

        // Upcoming: starts after today.
        W("leidingbouw-randmeer", "Gestuurde boring voor het warmtenet onder de Hogering", "Hogering 10", "Almere", 5.2150, 52.3750, 1, 17, "VM", 12, Straat, 0,
            "Morgen begint de boring waarmee we een warmteleiding onder een drukke weg door trekken, zonder de weg open te breken. Je ziet de boormachine, de boorkop op een scherm en de lange leiding die erachteraan komt."),
        W("laadplein-mobiliteit", "Laadpalen in de Pijp", "Ferdinand Bolstraat 150", Ams, 4.8920, 52.3530, 7, 40, "PVM", 16, Straat, 0,
            "In drie straten in de Pijp plaatsen we dertig laadpalen, aangesloten op een slimme laadkast. Je ziet hoe een monteur een laadpaal van binnen aansluit en test."),
        W("liftwerk-metropool", "Nieuwe liften in een seniorenflat Buitenveldert", "Van Leijenberghlaan 200", Ams, 4.8800, 52.3270, 10, 50, "VM", 10, Bouw, 0,
            "In een flat van twaalf verdiepingen vervangen we twee oude liften door zuinige liften die stroom terugleveren. Je kijkt in de liftschacht en ziet hoe de kooi, de kabels en de motor worden gemonteerd."),
        W("polderstroom-netbeheer", "Slimme transformatorhuisjes Almere Poort", "Olympiaweg 30", "Almere", 5.1620, 52.3500, 14, 60, "VM", 12, Stroom, 0,
            "We vervangen twintig transformatorhuisjes door slimme exemplaren met sensoren. Zo zien we precies waar het net vol raakt. Je ziet hoe een huisje van dertig ton met een kraan wordt geplaatst."),
        W("gasnet-aan-het-ij", "Gasleidingen weghalen in een aardgasvrije buurt", "Postjesweg 150", Ams, 4.8530, 52.3650, 20, 80, "PV", 16, Gas, 0,
            "In deze buurt zijn alle woningen overgestapt op het warmtenet. Wij halen de gasleidingen uit de grond en hergebruiken het materiaal. Je ziet hoe een straat van onderen wordt opgeruimd."),
        W("stadswater-metropool", "Nieuwe drinkwaterleiding onder de Amstel", "Amsteldijk 200", Ams, 4.9070, 52.3480, 30, 150, "VHM", 14, Water, 190,
            "We trekken een nieuwe hoofdwaterleiding onder de Amstel door. Je ziet de bouwput aan de oever, de enorme buizen die aan elkaar worden gelast en de boormachine die onder de rivier door gaat."),
        W("warmtebedrijf-stadswarmte", "Warmteoverdrachtstation IJburg", "IJburglaan 1200", Ams, 5.0150, 52.3580, 45, 200, "VHM", 12, Bouw, 0,
            "Op IJburg bouwen we een station dat de warmte van het hoofdnet overdraagt aan de wijk. Je ziet warmtewisselaars, pompen en een buffervat, en hoe alles met de meldkamer wordt verbonden."),
        W("houtbouw-ij", "Houten school op Centrumeiland", "Pampuslaan 150", Ams, 5.0000, 52.3625, 60, 300, "VHM", 12, Bouw, 170,
            "Hier bouwen we een basisschool helemaal van hout. Je ziet hoe wanden en vloeren uit de fabriek met een kraan op hun plek worden gezet en hoe snel een verdieping klaar is."),
        W("spaarnestad-installatiewerken", "Warmtepompen in een monumentale kerk", "Nieuwe Groenmarkt 20", "Haarlem", 4.6335, 52.3825, 100, 180, "VM", 10, Bouw, 0,
            "Een kerk uit de zeventiende eeuw krijgt vloerverwarming en warmtepompen, zonder dat je er van buiten iets van ziet. Je ziet hoe we leidingen leggen tussen eeuwenoude grafstenen en balken."),
    ];

    private static WorksiteRow W(
        string partnerSlug, string title, string address, string city, double lon, double lat, int startOffset, int endOffset,
        string levels, int maxGroupSize, DemoSafety safety, int areaMeters, string description) =>
        new(partnerSlug, title, address, city, lon, lat, startOffset, endOffset, levels, maxGroupSize, safety, areaMeters, description);
}
