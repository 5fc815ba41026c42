using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Learning;
using static HoeWerktMijnStad.Data.Catalogue.EducationLevel;
using static HoeWerktMijnStad.Data.Catalogue.Theme;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>The learning line for po groups 1-8 and career orientation for vmbo.</summary>
internal static partial class DemoLearning
{
    private static LessonRow Primary(string slug, string title, int from, int to, Theme theme, int minutes, string summary, string goals, string body) =>
        new(slug, title, LessonKind.PrimaryActivity, [Po], from, to, theme, minutes, summary, goals, body);

    private static LessonRow Career(string slug, string title, Theme theme, int minutes, string summary, string goals, string body) =>
        new(slug, title, LessonKind.CareerOrientation, [Vmbo], null, null, theme, minutes, summary, goals, body);

    private static LessonRow[] Activities() =>
    [
        Primary("waar-komt-het-water-vandaan", "Waar komt het water uit de kraan vandaan?", 1, 2, GebouwdeOmgeving, 30,
            "Met bekers, trechters en een emmer ontdekken kleuters dat water een lange reis maakt voor het uit de kraan komt.",
            "De leerling weet dat drinkwater uit de duinen of de rivier komt.\nDe leerling kan vertellen dat je zuinig moet zijn met schoon water.",
            "## Wat heb je nodig?\n\n- Een emmer water, bekers en trechters\n- Een stukje slang\n- Een plaat van de duinen en de stad\n\n## Zo doe je het\n\n1. Vraag: *waar komt het water uit de kraan vandaan?* Laat de kinderen raden.\n2. Vertel dat het water in de **duinen** door zand sijpelt en daar schoon wordt.\n3. Laat de kinderen water door de trechter en de slang 'naar de stad' gieten.\n4. Tel samen hoe vaak je vandaag de kraan hebt gebruikt.\n\n## Afsluiten\n\nZing het kraanliedje en spreek af: tandenpoetsen doe je met de kraan dicht."),
        Primary("afval-sorteren-wat-wordt-wat", "Afval sorteren: wat wordt wat?", 1, 2, GebouwdeOmgeving, 30,
            "Kleuters sorteren schoon afval in vier bakken en ontdekken dat een oude fles een nieuwe fles kan worden.",
            "De leerling kan papier, plastic, glas en groente-afval uit elkaar houden.\nDe leerling weet dat afval een nieuwe grondstof kan zijn.",
            "## Wat heb je nodig?\n\n- Vier dozen met een plaatje: papier, plastic, glas (onbreekbaar nagemaakt) en gft\n- Een zak met schoon afval\n\n## Zo doe je het\n\n1. Haal één voor één iets uit de zak en laat een kind het in de goede doos doen.\n2. Vertel wat er daarna mee gebeurt: van papier maken ze nieuw papier, van gft wordt **compost** voor de moestuin.\n3. Kijk samen of er in de klas ook afvalbakken staan waar je kunt scheiden."),
        Primary("wat-gebeurt-er-als-je-doortrekt", "Wat gebeurt er als je doortrekt?", 3, 4, GebouwdeOmgeving, 45,
            "Een reis door het riool: leerlingen volgen het water van de wc naar de rioolwaterzuivering en bouwen een mini-riool.",
            "De leerling kan de weg van afvalwater van huis naar zuivering beschrijven.\nDe leerling weet wat wel en niet in de wc hoort.",
            "## De reis van het afvalwater\n\nAlles wat door de gootsteen en de wc gaat, stroomt door buizen onder de straat naar een **rioolwaterzuivering**. Daar maken bacteriën het water weer schoon genoeg voor de rivier.\n\n## Bouw een mini-riool\n\n1. Maak van halve pvc-buizen een helling op twee stoelen.\n2. Giet water met wat zand en blaadjes erdoor en vang het op in een bak met een zeef.\n3. Gooi er een stukje keukenpapier in: het blijft haken. Daarom hoort in de wc alleen wc-papier!\n\n## Praat erover\n\nWie werken er allemaal aan het riool? Rioolmonteurs, bouwers van de gemeente en mensen in het laboratorium van de zuivering."),
        Primary("speuren-naar-stroom-in-de-klas", "Speuren naar stroom in de klas", 3, 4, Energie, 45,
            "Leerlingen gaan op speurtocht naar alles in de school dat stroom gebruikt, en bedenken hoe het zuiniger kan.",
            "De leerling kan apparaten noemen die elektriciteit gebruiken.\nDe leerling kan een manier bedenken om stroom te besparen.",
            "## Zo doe je het\n\n1. Geef groepjes een speurkaart met de vakjes *licht*, *warmte*, *beweging* en *scherm*.\n2. Laat ze in de klas en op de gang turven wat ze vinden.\n3. Bespreek: wat staat er aan terwijl niemand het gebruikt?\n\n## Extra\n\nVraag de conciërge of je de **meterkast** van de school mag zien. Daar komt de stroom binnen."),
        Primary("bouw-een-stroomkring", "Bouw een stroomkring", 5, 6, Energie, 60,
            "Met een batterij, draadjes, een lampje en een schakelaar bouwen leerlingen hun eigen stroomkring en ontdekken ze geleiders.",
            "De leerling kan een gesloten stroomkring bouwen.\nDe leerling kan onderzoeken welke materialen stroom geleiden.",
            "## Wat heb je nodig? (per tweetal)\n\n- Een platte batterij van 4,5 volt\n- Drie draadjes met krokodillenklemmen\n- Een lampje in een fitting\n- Een paperclip, een potlood, een lepel, een elastiekje\n\n## Opdracht\n\n1. Laat het lampje branden. Teken hoe je het deed.\n2. Maak een **schakelaar** van een paperclip en twee punaises.\n3. Test welke spullen het lampje laten branden als je ze in de kring zet.\n\n| Materiaal | Geleidt het? |\n|---|---|\n| Lepel | |\n| Elastiek | |\n| Potloodpunt | |\n\n**Veilig:** werk alleen met batterijen, nooit met het stopcontact."),
        Primary("het-warmtelek-onderzoek", "Het warmtelek-onderzoek", 5, 6, Energie, 60,
            "Met thermometers sporen leerlingen op waar de school warmte verliest, en geven ze de directeur advies.",
            "De leerling kan temperaturen meten en vergelijken.\nDe leerling kan uitleggen waarom isoleren energie bespaart.",
            "## Zo doe je het\n\n1. Meet de temperatuur midden in de klas, bij het raam, bij de deur en bij de verwarming.\n2. Zet de metingen op een plattegrond van het lokaal.\n3. Houd een strookje papier bij de kieren van raam en deur: beweegt het?\n\n## Advies\n\nSchrijf samen een brief aan de directeur: waar lekt de warmte en wat helpt? Tochtstrips, dubbel glas of een deur die dicht blijft.\n\n*Tip:* een installateur van Hoe Werkt Mijn Stad kan een **warmtecamera** meenemen."),
        Primary("hoe-komt-internet-in-je-huis", "Hoe komt internet in je huis?", 5, 6, GebouwdeOmgeving, 45,
            "Van datacenter tot wifi-router: leerlingen spelen na hoe een berichtje via glasvezel onder de stoep bij een vriend komt.",
            "De leerling weet dat internet via kabels onder de grond loopt.\nDe leerling kan uitleggen wat een router doet.",
            "## Speel het na\n\n1. Zet een 'datacenter', een 'wijkkast' en drie 'huizen' in de klas neer.\n2. Een bericht is een briefje; de kabel is een lang touw met een zaklamp erlangs (licht, net als bij **glasvezel**).\n3. De router in elk huis geeft het briefje door aan de juiste 'telefoon'.\n\n## Kijk buiten\n\nZoek op weg naar huis een grijze of groene kast op de stoep: daar komen de kabels van je straat samen."),
        Primary("een-zonneauto-bouwen", "Een zonneauto bouwen", 7, 8, Mobiliteit, 90,
            "Een miniproject van anderhalf uur: in teams bouwen leerlingen een auto op zonne-energie en houden ze een race op het schoolplein.",
            "De leerling kan een zonnepaneel, een motor en wielen tot een werkend voertuig verbinden.\nDe leerling kan een ontwerp testen en verbeteren.",
            "## Het miniproject\n\nIn teams van drie bouwen leerlingen een auto van karton, satéprikkers en doppen, met een klein **zonnepaneel** en een motortje.\n\n1. Ontwerp: teken je auto en kies de grootte van de wielen.\n2. Bouw: maak het chassis en zet de motor vast met elastiekjes.\n3. Test in de zon (of onder een bouwlamp) en verbeter.\n4. Race: welke auto rijdt het snelst drie meter?\n\n## Nabespreken\n\nWaarom rijdt de auto langzamer als er een wolk voor de zon komt? En hoe lossen echte elektrische bussen dat op?"),
        Primary("mijn-duurzame-straat-in-2040", "Mijn duurzame straat in 2040", 7, 8, GebouwdeOmgeving, 90,
            "Leerlingen ontwerpen hun eigen straat van de toekomst: zonder gas, met groen, laadpalen en slimme afvalinzameling.",
            "De leerling kan keuzes maken voor een duurzame straat en die uitleggen.\nDe leerling kent beroepen die aan de stad van de toekomst bouwen.",
            "## Opdracht\n\nMaak in groepjes een maquette of tekening van je eigen straat in 2040.\n\n- Hoe worden de huizen verwarmd? (warmtepomp, warmtenet, aquathermie)\n- Waar laden de auto's en bussen?\n- Waar blijft het regenwater als het hard regent?\n- Hoe wordt het afval opgehaald?\n\n## Presenteren\n\nElk groepje vertelt in twee minuten wat er anders is en **wie** het bouwt: installateurs, stratenmakers, elektriciens, hoveniers."),
        Career("beroepen-speurtocht-in-je-school", "Beroepen-speurtocht in je eigen school", GebouwdeOmgeving, 50,
            "Ontdek alle techniek in je eigen schoolgebouw en de vakmensen die het draaiende houden.",
            "De leerling kan installaties in een gebouw herkennen.\nDe leerling kan bij een installatie een beroep noemen.",
            "## Opdracht\n\n1. Zoek in tweetallen: de meterkast, de cv-ketel of warmtepomp, de ventilatie, de brandmelders, de lift.\n2. Maak van elk een foto (zonder mensen erop) en schrijf erbij wat het doet.\n3. Zoek op welk beroep dit aanlegt en onderhoudt: eerste monteur elektrotechniek, servicemonteur W, liftmonteur.\n\n## Nabespreken\n\nWelk beroep past bij jou? Kies er één en bereid drie vragen voor een bedrijfsbezoek voor."),
        Career("vragen-voor-de-monteur", "Een goed gesprek met een monteur", Energie, 45,
            "Bereid een bedrijfsbezoek voor: leerlingen maken een interview en oefenen het met elkaar.",
            "De leerling kan open vragen over een beroep opstellen.\nDe leerling kan na een bezoek vertellen wat het beroep inhoudt.",
            "## Voor het bezoek\n\n- Schrijf vijf open vragen: *Hoe ziet je werkdag eruit? Wat vind je het leukst? Welke opleiding deed je?*\n- Oefen in drietallen: één vraagt, één antwoordt, één let op of er doorgevraagd wordt.\n\n## Na het bezoek\n\nMaak een korte vlog of poster: *Zo werkt een monteur bij ...*. Vertel één ding dat je verraste."),
        Career("welk-technisch-vak-past-bij-mij", "Welk technisch vak past bij mij?", Mobiliteit, 60,
            "Een keuzespel met vier sectoren: installatie, bouw, infra en mobiliteit. Aan het eind weet je welke open dag je wilt bezoeken.",
            "De leerling kent de technische sectoren in de regio.\nDe leerling kan zijn eigen interesses koppelen aan een opleiding.",
            "## Het keuzespel\n\nBeantwoord twaalf stellingen: *Ik werk graag buiten. Ik vind puzzelen met schema's leuk. Ik wil dingen maken die je kunt aanraken.*\n\nTel je punten per sector:\n\n| Sector | Voorbeeldberoepen |\n|---|---|\n| Installatietechniek | monteur warmtepompen, elektricien |\n| Bouw | timmerman, uitvoerder |\n| Infra (GWW) | machinist, rioleringsmonteur |\n| Mobiliteit | monteur elektrische bussen, laadpaaltechnicus |\n\n## Daarna\n\nZoek op de kaart van Hoe Werkt Mijn Stad een bedrijf in jouw sector bij jou in de buurt."),
    ];
}
