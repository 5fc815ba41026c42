using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Learning;
using static HoeWerktMijnStad.Data.Catalogue.EducationLevel;
using static HoeWerktMijnStad.Data.Catalogue.Theme;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>Lesson letters for upper vmbo and mbo.</summary>
internal static partial class DemoLearning
{
    private static LessonRow Letter(string slug, string title, EducationLevel[] levels, Theme theme, int minutes, string summary, string goals, string body,
        string[]? pdf = null) => new(slug, title, LessonKind.LessonLetter, levels, null, null, theme, minutes, summary, goals, body, pdf);

    private static LessonRow[] Letters() =>
    [
        Letter("hoe-werkt-een-warmtepomp", "Hoe werkt een warmtepomp?", [Vmbo, Mbo], Energie, 90,
            "Van buitenlucht naar warme radiator: leerlingen volgen het koudemiddel door de vier onderdelen van een warmtepomp en rekenen aan het rendement.",
            "De leerling kan de vier hoofdonderdelen van een warmtepomp benoemen.\nDe leerling kan uitleggen wat de COP (het rendement) betekent.\nDe leerling kan beschrijven waarom een huis eerst geïsoleerd moet zijn.",
            "## Lesopzet (90 minuten)\n\n1. **Start (10 min)** Voel aan de achterkant van een koelkast: die is warm. Een warmtepomp is een koelkast andersom.\n2. **Uitleg (20 min)** Verdamper, compressor, condensor en expansieventiel. Teken de kringloop op het bord.\n3. **Proef (25 min)** Laat een fietspomp warm worden als je pompt: samendrukken maakt warm.\n4. **Rekenen (25 min)** Een warmtepomp met een COP van 4 maakt van 1 kWh stroom 4 kWh warmte. Hoeveel stroom kost een winterweek?\n5. **Afsluiten (10 min)** Waarom werkt een warmtepomp slecht in een tochtig huis?\n\n## Beroepen\n\nMonteur warmtepompen, servicemonteur, werkvoorbereider installatietechniek.",
            ["Werkblad: de kringloop van een warmtepomp.", "1. Schrijf bij elk onderdeel wat er met het koudemiddel gebeurt: verdamper, compressor, condensor, expansieventiel.",
                "2. Een warmtepomp heeft een COP van 4. Hoeveel kWh warmte geeft 10 kWh stroom?", "3. Noem twee maatregelen die een huis geschikt maken voor een warmtepomp.",
                "Hoe Werkt Mijn Stad - de duurzame stad van mijn toekomst."]),
        Letter("netcongestie-als-het-stroomnet-vol-zit", "Netcongestie: als het stroomnet vol zit", [Mbo], Energie, 90,
            "Waarom kan een nieuw bedrijf soms geen aansluiting krijgen? Studenten spelen de rol van netbeheerder en zoeken slimme oplossingen.",
            "De student kan uitleggen wat netcongestie is.\nDe student kan drie oplossingen beschrijven: verzwaren, slim laden en opslaan.",
            "## Lesopzet\n\n1. **Het rollenspel** Elke groep is een wijk met huizen, laadpalen, warmtepompen en een zonnepark. Op het bord staat de capaciteit van de transformator.\n2. **Piekuur** Om 18:00 uur komt iedereen thuis: tel het vermogen op. Past het?\n3. **Oplossen** Mag je laden verschuiven? Helpt een buurtbatterij? Wat kost een extra kabel?\n\n## Bespreken\n\nWie lost dit in het echt op? Netbeheerders zoeken de komende jaren duizenden monteurs en engineers."),
        Letter("van-riool-tot-schoon-water", "Van riool tot schoon water", [Vmbo], GebouwdeOmgeving, 90,
            "Hoe maakt een rioolwaterzuivering van afvalwater weer rivierwater? Met een zuiveringsproef in de klas.",
            "De leerling kan de stappen van een rioolwaterzuivering in de goede volgorde zetten.\nDe leerling kan uitleggen welke rol bacteriën spelen.",
            "## Lesopzet\n\n1. Bekijk samen een plattegrond van een **rwzi**: roosters, zandvang, voorbezinktank, beluchting, nabezinktank.\n2. Bouw in groepjes een filter van een afgeknipte fles met grind, zand en een koffiefilter.\n3. Giet 'vies water' (water met aarde en blaadjes) erdoor en vergelijk.\n\n**Let op:** het gefilterde water is niet drinkbaar!\n\n## Beroepen\n\nProcesoperator, monteur werktuigbouw, laborant."),
        Letter("laadpalen-en-slim-laden", "Laadpalen en slim laden", [Vmbo, Mbo], Mobiliteit, 90,
            "Hoe komt stroom in een elektrische auto en waarom laden we straks vooral als de zon schijnt?",
            "De leerling kan de onderdelen van een laadpaal benoemen.\nDe leerling kan uitleggen wat slim laden is en waarom het helpt.",
            "## Lesopzet\n\n1. Bekijk een opengewerkte laadpaal (of een foto): aansluiting, meter, aardlekschakelaar, laadcontroller.\n2. Reken: een auto met een accu van 60 kWh laadt met 11 kW. Hoe lang duurt een volle lading?\n3. Maak een laadplan voor een parkeerplaats met tien auto's en één zonnedak.\n\n## Veiligheid\n\nWerken aan een laadpaal mag alleen een vakkracht: denk aan **NEN 3140**."),
        Letter("zonnepanelen-op-het-schooldak", "Zonnepanelen op het schooldak: reken het uit", [Vmbo], Energie, 100,
            "Hoeveel panelen passen er op het dak van je school en hoeveel stroom leveren ze op? Een rekenles met een echte plattegrond.",
            "De leerling kan de oppervlakte van een dak berekenen.\nDe leerling kan de jaaropbrengst van zonnepanelen schatten.",
            "## Opdracht\n\n1. Meet het dak op de plattegrond (schaal 1:100).\n2. Een paneel is 1,7 bij 1,1 meter. Hoeveel passen er, met een looppad?\n3. Eén paneel levert ongeveer 350 kWh per jaar. Reken de opbrengst uit.\n4. Vergelijk met het verbruik van de school (vraag de conciërge naar de jaarrekening).\n\n## Extra\n\nWaarom zet een installateur de panelen liever op het zuiden dan op het noorden?",
            ["Rekenblad: zonnepanelen op het schooldak.", "Dak lengte (m): ____  breedte (m): ____  oppervlakte (m2): ____",
                "Aantal panelen (1,7 x 1,1 m): ____", "Opbrengst per jaar (aantal x 350 kWh): ____ kWh", "Verbruik van de school per jaar: ____ kWh"]),
        Letter("glasvezel-het-internet-onder-de-stoep", "Glasvezel: het internet onder de stoep", [Mbo], GebouwdeOmgeving, 60,
            "Licht als informatie: studenten onderzoeken hoe glasvezel werkt en hoe een straat wordt aangesloten.",
            "De student kan uitleggen hoe licht door een glasvezel gaat.\nDe student kan de stappen van het aanleggen van een glasvezelnet beschrijven.",
            "## Lesopzet\n\n1. **Proef** Schijn met een zaklamp in een straal water uit een fles: het licht volgt de straal. Zo werkt **totale reflectie**.\n2. **Van wijkkast tot meterkast** Volg het tracé op een kaart: graven of boren, kabels blazen, lassen, aansluiten.\n3. **Rekenen** Hoeveel meter kabel is nodig voor een straat van veertig huizen?\n\n## Beroepen\n\nGlasvezelmonteur, lasser, grondwerker, werkvoorbereider."),
        Letter("afval-is-grondstof", "Afval is grondstof: van gft tot compost", [Vmbo], GebouwdeOmgeving, 90,
            "Wat gebeurt er met je groente-afval? Leerlingen volgen de kringloop naar het composteerbedrijf en zetten zelf een composttest op.",
            "De leerling kan uitleggen hoe gft-afval compost wordt.\nDe leerling kan een eenvoudige proef opzetten en bijhouden.",
            "## Lesopzet\n\n1. Sorteer een zak schoon afval: wat kan terug in de kringloop?\n2. Zet in drie potten een composttest op: groente, groente met aarde, plastic. Houd vier weken bij wat er gebeurt.\n3. Bekijk hoe een **composteerbedrijf** het doet: grote hopen, temperatuur tot 70 °C, omzetten met een shovel.\n\n## Tip\n\nBezoek een composteerbedrijf op de kaart van Hoe Werkt Mijn Stad."),
        Letter("bouwen-met-minder-co2", "Bouwen met minder CO2", [Mbo], GebouwdeOmgeving, 90,
            "Beton, staal of hout? Studenten vergelijken de CO2 van bouwmaterialen en ontwerpen een duurzame fietsenstalling.",
            "De student kan de CO2-uitstoot van bouwmaterialen vergelijken.\nDe student kan een ontwerpkeuze onderbouwen.",
            "## Lesopzet\n\n1. Bekijk een tabel met CO2 per kubieke meter beton, staal en hout.\n2. Ontwerp in teams een fietsenstalling voor de school: constructie, dak, verlichting.\n3. Reken de CO2 van je ontwerp uit en presenteer je keuze in drie minuten.\n\n## Bespreken\n\nWat betekent hergebruik (circulair bouwen) voor het werk van een timmerman of uitvoerder?"),
    ];
}
