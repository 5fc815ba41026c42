namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>Two virtual tours (seed 000:1118-1120): an installation company and a technical company.</summary>
internal static partial class DemoLearning
{
    public const string InstallerTourPartner = "warmtewerk-installaties";
    public const string TechnicalTourPartner = "brug-en-sluis-techniek";

    private static TourRow[] Tours() =>
    [
        new("kijkje-bij-warmtewerk-installaties", "Van het gas af: een kijkje bij Warmtewerk Installaties", InstallerTourPartner,
            "Loop mee door de werkplaats in Amsterdam-Noord en zie hoe een huis van het gas af gaat: van warmtepomp tot vloerverwarming.",
            "Bij **Warmtewerk Installaties** werken veertig monteurs aan huizen zonder aardgas. In deze rondleiding zie je in zes stappen wat daarbij komt kijken. Kijk de stappen samen in de klas, of bereid er een echt bezoek mee voor.",
            [
                new("De werkplaats in Noord", "werkplaats",
                    "Tekening: een werkplaats met een grote roldeur en een wit bedrijfsbusje ervoor.",
                    "Elke ochtend om half acht vertrekken de busjes uit de werkplaats. Binnen liggen leidingen, warmtepompen en gereedschap klaar. **Wist je dat** een monteur gemiddeld drie huizen per week van het gas af helpt?"),
                new("De buitenunit van een warmtepomp", "buitenunit",
                    "Tekening: een witte buitenunit met een grote ventilator tegen een bakstenen muur, met twee leidingen omhoog.",
                    "Deze kast staat buiten. De ventilator zuigt buitenlucht aan; zelfs als het vriest zit daar nog warmte in. Het **koudemiddel** in de leidingen neemt die warmte mee naar binnen."),
                new("Leidingen buigen en persen", "leidingen",
                    "Tekening: koperen en blauwe leidingen met bochten en oranje koppelingen tegen een lichte muur.",
                    "Monteurs buigen koperen leidingen en persen ze aan elkaar met een perstang: zonder vuur, dus veilig in een bewoond huis. Op de open dag van het bedrijf mag je het zelf proberen."),
                new("Vloerverwarming en buffervat", "vloerverwarming",
                    "Tekening: een vloer met een rode slingerende leiding en daarnaast een hoog wit vat.",
                    "Een warmtepomp werkt het zuinigst met water van zo'n 35 graden. Daarom komt er vaak **vloerverwarming**: een lange leiding die de hele vloer een beetje warm maakt. Het buffervat bewaart warm water voor later."),
                new("Zoeken met de warmtecamera", "warmtecamera",
                    "Tekening: een huis in warmtecamerakleuren, met gele ramen en een rood dak, en een camera linksboven.",
                    "Met een warmtecamera zie je waar een huis warmte lekt: geel en rood is warm, blauw is koud. Eerst isoleren, dan pas de warmtepomp. Anders stook je voor de buitenlucht."),
                new("Word jij monteur?", "gereedschap",
                    "Tekening: een rode gereedschapskist, een oranje veiligheidshelm en een steeksleutel.",
                    "Monteurs leren het vak op het mbo, vaak al werkend bij een bedrijf (bbl). Je werkt met je handen én je hoofd, en je ziet elke dag wat je hebt gemaakt. Boek hieronder een bezoek om het in het echt te zien."),
            ]),
        new("achter-de-schermen-bij-brug-en-sluis", "Hoe gaat een brug open? Achter de schermen bij Brug & Sluis Techniek", TechnicalTourPartner,
            "Van sluisdeur tot camerascherm: ontdek hoe honderden bruggen en sluizen in de stad werken en wie ze onderhoudt.",
            "Amsterdam heeft meer dan vijfhonderd bruggen, en veel ervan kunnen open. **Brug & Sluis Techniek** zorgt dat ze het blijven doen. In zes stappen zie je hoe een sluis werkt, wat er in een bedieningshuisje zit en hoe je een brug op afstand bedient.",
            [
                new("De sluis", "sluis",
                    "Tekening: een sluis met hoog water links en laag water rechts, twee stalen deuren en een bootje in de kolk.",
                    "Een sluis is een lift voor boten. De deuren gaan dicht, het water stroomt in of uit de kolk, en het bootje zakt of stijgt mee. Een rood licht zegt: wachten!"),
                new("Het bedieningshuisje", "bediening",
                    "Tekening: een bedieningspaneel met drie schermen met water en gras, en groene, oranje en rode knoppen.",
                    "Vroeger zat bij elke brug een brugwachter. Nu bedient één operator tientallen bruggen vanaf deze schermen. Groen is open, rood is dicht, oranje betekent: bezig."),
                new("Hydrauliek: kracht uit olie", "hydrauliek",
                    "Tekening: twee grote blauwe cilinders met stalen zuigers en een oranje leiding ertussen.",
                    "Een brugdek weegt soms meer dan honderd ton. **Hydraulische cilinders** tillen het op met olie onder hoge druk. Monteurs controleren elke maand of er nergens olie lekt."),
                new("De brug gaat open", "brug",
                    "Tekening: een ophaalbrug met het brugdek schuin omhoog boven het water, een bootje eronder en een rood stoplicht.",
                    "Eerst gaan de slagbomen dicht en springt het licht op rood. Dan gaat het dek omhoog en vaart de boot erdoor. Een sensor controleert dat er niemand meer op de brug staat."),
                new("Onderhoud onder water", "onderwater",
                    "Tekening: een duiker in een oranje pak onder water bij een stalen paal, met luchtbellen naar boven.",
                    "Sommige inspecties gebeuren onder water. Duikers kijken of de kademuur en de palen nog stevig zijn. Boven water houdt een collega via de radio contact."),
                new("Op afstand, met camera's", "camera",
                    "Tekening: een wand met zes schermen die elk een brug en water laten zien.",
                    "Met camera's bij elke brug ziet de operator precies wat er gebeurt. Techniek, veiligheid en een goed oog: dat is het werk hier. Wil je het echt zien? Boek hieronder een bezoek aan de centrale."),
            ]),
    ];
}
