using HoeWerktMijnStad.Data.Family;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>A short silent explainer video of the demo family corner, made by us (slides in
/// <c>scripts/demo-videos/</c>) and served from our own site, so no video platform sees the visitor.
/// <see cref="Transcript"/> holds every slide's text with a description of its drawing first, so a visitor who
/// cannot see the video misses nothing.</summary>
internal sealed record DemoFamilyVideo(string Slug, Utility Utility, string Title, int Seconds, string Description, string Transcript);

internal static class DemoFamilyVideos
{
    public static readonly IReadOnlyList<DemoFamilyVideo> All =
    [
        new("van-duin-tot-kraan", Utility.DrinkingWater, "Van duin tot kraan", 44,
            "Een getekend filmpje zonder geluid over de reis van het Amsterdamse kraanwater: van de rivier de Lek door een lange buis naar de duinen, waar het zand het water een paar maanden lang schoner maakt. Je ziet hoe het water in Leiduin nog schoner wordt en door buizen onder de straat naar je kraan komt, en waarom er geen chloor in hoeft.",
            """
            [Tekening: een kraan vult een glas water; achter het glas liggen zandduinen onder de zon.] Van duin tot kraan. Hoe komt het water uit jouw kraan?

            [Tekening: regen valt op besneeuwde bergen; een rivier stroomt door groen land, met een bootje erop.] Veel Amsterdams kraanwater begint in de rivier de Lek. Die is een deel van de Rijn, een grote rivier uit de bergen.

            [Tekening: een buis haalt water uit de rivier naar een gebouw en twee bakken. In de eerste bak zakt bruine modder naar de bodem, in de tweede is het water helderder. Een buis voert het water verder.] In Nieuwegein pompen ze het rivierwater op en maken ze het een eerste keer schoon. Modder en vuil zakken naar de bodem.

            [Tekening: doorsnede van de grond. Een lange buis onder de grond loopt van een gebouw naar een meertje tussen de duinen; rechts ligt de zee.] Door een lange buis onder de grond stroomt het water naar de duinen bij Zandvoort, vlak bij de zee.

            [Tekening: doorsnede van een duin. Water uit een meertje zakt in druppels door het zand naar een put met een pomphuisje. Een kalender laat zien dat er maanden voorbijgaan.] In de duinen zakt het water langzaam door het zand. Een paar maanden lang maakt het zand het water schoner.

            [Tekening: een pomp en drie bakken achter elkaar, verbonden door een buis: een filter met zand en grind, een hoge tank met witte korrels waar de kalk aan vast gaat zitten, en een brede bak met water op een dikke laag zand.] In Leiduin pompen ze het water op en maken ze het nog schoner: met filters, minder kalk en nog een keer door zand.

            [Tekening: doorsnede van een straat en een huis. Een waterleiding onder de straat gaat omhoog het huis in, naar de kraan in de keuken, met een glas water eronder.] Door buizen onder de straat stroomt het schone water naar jouw huis. Draai de kraan open en drinken maar!

            [Tekening: een lachend glas water met sterretjes eromheen en een groen vinkje.] Wist je dat? In Amsterdams kraanwater zit geen chloor. Dat hoeft niet, want het is al heel schoon.
            """),
        new("wat-gebeurt-er-als-je-doortrekt", Utility.Sewage, "Wat gebeurt er als je doortrekt?", 44,
            "Een getekend filmpje zonder geluid over wat er gebeurt als je doortrekt. Je volgt het water door het riool en de gemalen naar de rioolwaterzuivering, waar een rooster, een zandvanger en hongerige bacteriën het schoonmaken en waar van het slib biogas wordt gemaakt. Met een tip over wat wel en niet door de wc mag.",
            """
            [Tekening: een wc in een betegelde badkamer. Een blauwe pijl draait rond boven de pot en een groene pijl wijst naar beneden.] Wat gebeurt er als je doortrekt? Een reis door het riool.

            [Tekening: doorsnede van een huis en een straat. Onder de wc loopt een buis door de grond naar een grote rioolbuis onder de straat, met een putdeksel erboven.] Trek je door, dan stroomt het water door een buis naar het riool: een grote buis onder de straat.

            [Tekening: een gemaal, een klein bakstenen gebouw. Het riool komt uit in een put eronder; een pomp duwt het water door een buis omhoog en verder, naar de ronde bakken van de zuivering in de verte.] Amsterdam is heel plat. Daarom pompen gemalen het rioolwater door buizen naar de rioolwaterzuivering.

            [Tekening: bruin water stroomt tegen een rooster van ijzeren staven; daar blijven een doekje, een plastic flesje en een takje hangen. Daarna zakken zandkorrels naar de bodem van een bak.] Eerst vangt een rooster het grove vuil, zoals doekjes en plastic. Daarna zakt het zand naar de bodem.

            [Tekening: een grote bak met bruin water. Van onderen borrelen luchtbellen omhoog, en groene bacteriën met gezichtjes eten bruine kruimels vuil.] Dan eten bacteriën het vuil op. In grote bakken krijgen ze extra lucht, zodat ze goed kunnen eten en groeien.

            [Tekening: een bak met een schuine bodem. Bruin slib ligt onderin; het heldere water erboven stroomt door een buis naar een kanaal met een vis.] Daarna zakken de bacteriën als slib naar de bodem. Het schone water stroomt naar het kanaal of de rivier.

            [Tekening: twee grote eivormige tanks vol slib met gasbelletjes. Een buis brengt het gas naar een gebouwtje met een vlam; ernaast een bliksemschicht voor stroom en golvende lijnen voor warmte.] Het slib gaat naar grote tanks. Daar maken bacteriën er biogas van. Met dat gas maken ze stroom en warmte.

            [Tekening: links, onder het woord "Wel", een wc en een rol wc-papier met een groen vinkje. Rechts, onder het woord "Niet", een pak vochtige doekjes en een pan met vet, met een rood kruis erdoor.] Tip! Alleen plas, poep en wc-papier mogen door de wc. Doekjes en vet verstoppen het riool.
            """),
        new("stroom-in-het-stopcontact", Utility.Electricity, "Stroom in het stopcontact", 44,
            "Een getekend filmpje zonder geluid over de weg van de stroom: van windmolens, zonnepanelen en centrales over hoogspanningskabels naar transformatorstations, kabels onder de straat en de meterkast in je huis. Je leert ook hoe hoog de spanning onderweg is en waarom je nooit iets in een stopcontact steekt.",
            """
            [Tekening: een stopcontact in de muur, een stekker aan een snoer ernaast en een gele bliksemschicht.] Stroom in het stopcontact. Waar komt de stroom vandaan?

            [Tekening: een windmolen, twee zonnepanelen onder de zon en een elektriciteitscentrale met een hoge schoorsteen.] Stroom wordt gemaakt door windmolens, zonnepanelen en grote centrales. Wind en zon geven schone stroom.

            [Tekening: drie hoogspanningsmasten in een weiland, met kabels ertussen en gele bliksemschichten.] Kabels aan hoge masten brengen de stroom ver weg. De spanning is dan heel hoog: wel 380.000 volt!

            [Tekening: de hoogspanningskabel komt bij een grote transformator achter een hek. Een grote bliksemschicht, een pijl en een kleine bliksemschicht laten zien dat de spanning lager wordt. Een kabel loopt naar een klein bakstenen huisje met een bliksemteken op de deur.] In transformatorstations wordt de spanning stap voor stap lager. Het laatste is vaak een klein huisje in je wijk.

            [Tekening: doorsnede van een straat. Vanuit het transformatorhuisje loopt een kabel onder de stoep, met aftakkingen naar drie huizen met verlichte ramen.] Kabels onder de straat brengen de stroom naar alle huizen in de buurt. Daarom zie je ze bijna nooit.

            [Tekening: een open meterkast. Bovenin de elektriciteitsmeter met een schermpje waarop 01234 staat, daaronder een rij schakelaars: de groepen met zekeringen.] In de meterkast meet een meter hoeveel stroom je gebruikt. Zekeringen zetten de stroom uit als er iets misgaat.

            [Tekening: een muur die open is getekend. Een bruine, een blauwe en een geel-groene draad lopen door de muur naar een stopcontact. Daarin zit de stekker van een staande lamp, en de lamp brandt.] Door draden in de muur gaat de stroom naar het stopcontact. In huis is de spanning 230 volt.

            [Tekening: een vork die naar een stopcontact wijst, met een rood verbodsteken erover, en een geel waarschuwingsbord met een bliksemschicht.] Let op! Steek nooit iets in een stopcontact. Stroom is gevaarlijk. Twijfel je? Vraag het aan een volwassene.
            """),
    ];

    /// <summary>The video file that belongs to a demo video: Features/Demo/Media/{slug}.mp4 next to the app (H.264, which every phone plays).</summary>
    public static string FilePath(DemoFamilyVideo video) => Path.Combine(AppContext.BaseDirectory, "Features", "Demo", "Media", $"{video.Slug}.mp4");
}
