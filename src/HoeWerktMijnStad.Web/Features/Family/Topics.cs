using HoeWerktMijnStad.Data.Family;

namespace HoeWerktMijnStad.Web.Features.Family;

/// <summary>The conversation topics (<i>gespreksonderwerpen</i>), one per utility.</summary>
public static class Topics
{
    public static readonly IReadOnlyList<Topic> All =
    [
        new("drinkwater", Utility.DrinkingWater, "Drinkwater",
            "Je draait de kraan open en er komt schoon water uit, elke dag, dag en nacht. Maar waar komt dat water vandaan, en wie zorgt ervoor dat je het veilig kunt drinken?",
            [
                "Hoeveel glazen water drink jij op een dag? En hoeveel liter gebruikt ons hele gezin, denk je?",
                "Waar komt ons kraanwater vandaan voordat het in de leiding zit?",
                "Waarom kun je water uit de sloot niet drinken, en water uit de kraan wel?",
                "Wat zou er gebeuren als er een dag geen water uit de kraan kwam?",
            ],
            "Zoek de watermeter",
            "Vaak in de meterkast, bij de voordeur of in de kelder. Lees de meter samen af, zet een kan water klaar, en kijk hoeveel de meter verder telt als je de kan vult."),
        new("riool", Utility.Sewage, "Het riool",
            "Alles wat je doortrekt of door het putje spoelt, stroomt door buizen onder de straat naar de rioolwaterzuivering. Daar maken bacteriën het water weer schoon.",
            [
                "Wat mag er wel en niet door de wc? Waarom horen vochtige doekjes en vet er niet in?",
                "Waar gaat het water naartoe als het hard regent?",
                "Hoe maken kleine beestjes (bacteriën) vies water weer schoon?",
                "Wat zou een rioolwerker elke dag allemaal tegenkomen?",
            ],
            "Zoek de putjes en de ontstoppingsput",
            "Tel hoeveel afvoeren (putjes) er in huis zijn: douche, wasbak, keuken, wasmachine. Buiten zie je soms een putdeksel met 'riool' erop: kijk eens op de stoep voor je huis."),
        new("elektriciteit", Utility.Electricity, "Elektriciteit",
            "Stroom maak je niet in het stopcontact: hij komt via kabels van een windmolen, zonnepaneel of centrale. In je huis verdeelt de meterkast de stroom over de kamers.",
            [
                "Welke apparaten in huis gebruiken stroom? Welke staan altijd aan, ook als je slaapt?",
                "Waar wordt de stroom gemaakt die wij gebruiken?",
                "Wat gebeurt er als er te veel apparaten op één stopcontact zitten?",
                "Hoe zou ons huis eruitzien zonder stroom? Wat zou je het meeste missen?",
            ],
            "Zoek de meterkast en de groepen",
            "In de meterkast zitten de elektriciteitsmeter en de groepen (zekeringen). Laat een volwassene vertellen welke groep bij welke kamer hoort. Niet zelf schroeven of schakelen!"),
        new("warmte-en-gas", Utility.Heat, "Warmte en gas",
            "Een huis verwarmen kost de meeste energie van alles wat een gezin gebruikt. Veel huizen stoken nog op aardgas, maar steeds meer huizen krijgen een warmtepomp of stadswarmte.",
            [
                "Hoe wordt ons huis warm: met een cv-ketel, een warmtepomp of stadswarmte?",
                "Waarom blijft een huis met goede isolatie langer warm?",
                "Hoe lang douche jij? Hoeveel warm water gaat daarbij door de afvoer?",
                "Waarmee zullen we over twintig jaar onze huizen verwarmen?",
            ],
            "Zoek de thermostaat en de verwarming",
            "Kijk op welke temperatuur de thermostaat staat. Voel aan de radiatoren of de vloer. Zoek samen de cv-ketel of warmtepomp en kijk (zonder iets aan te raken) waar de buizen naartoe gaan."),
        new("afval", Utility.Waste, "Afval",
            "Een Nederlander gooit ruim 400 kilo afval per jaar weg. Van gescheiden afval worden nieuwe dingen gemaakt, en van restafval stroom en warmte.",
            [
                "In hoeveel soorten scheiden wij ons afval? Welke bak zit het snelst vol?",
                "Wat wordt er van oud papier, glas en plastic gemaakt?",
                "Wat gebeurt er met de groente- en fruitresten uit de gft-bak?",
                "Welk afval kunnen we helemaal voorkomen?",
            ],
            "Zoek alle afvalbakken",
            "Tel alle afvalbakken en -zakken in huis en buiten. Weeg een dag lang het restafval met de keukenweegschaal of personenweegschaal: hoeveel is het per persoon?"),
        new("internet", Utility.Internet, "Internet",
            "Een filmpje kijken voelt draadloos, maar de gegevens reizen door glasvezelkabels onder de straat en onder de zee, naar grote datacentra vol computers die stroom en koeling nodig hebben.",
            [
                "Via welke kabel komt het internet ons huis binnen?",
                "Hoe kan een filmpje uit Amerika in een paar seconden op jouw tablet staan?",
                "Waarom hebben datacentra zoveel stroom en koeling nodig?",
                "Wat doen we allemaal met internet op een gewone dag?",
            ],
            "Zoek het modem en de kabel",
            "Volg de kabel van het modem of de wifi-router naar de plek waar hij de muur in gaat. Kijk of het een glasvezel-, coax- of telefoonkabel is (vraag een volwassene)."),
    ];

    public static Topic? Find(string slug) => All.FirstOrDefault(t => t.Slug == slug);

    public static Topic Of(Utility utility) => All.First(t => t.Utility == utility);
}
