using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Data.Family;

/// <summary>The trips the site ships with: real public places in and around Amsterdam where a family sees the
/// city's utilities at work. Locations are the entrance or the visitor centre (WGS84, to within about 200 m).</summary>
public static class Trips
{
    public static readonly Trip[] All =
    [
        Trip(1, "rwzi-amsterdam-west", "Rioolwaterzuivering Amsterdam-West", Utility.Sewage, "rioolwaterzuivering",
            "Australiëhavenweg, Westpoort", "Amsterdam", 4.8208, 52.4097,
            "Hier komt het rioolwater van een groot deel van Amsterdam aan. In grote bakken eten bacteriën het vuil op, daarna bezinkt het slib en gaat het schone water de rivier in. Van het slib wordt biogas gemaakt. Je ruikt het, je ziet het, en je snapt daarna waarom er geen vet of doekjes in de wc horen.",
            "Alleen te bezoeken met een rondleiding of op een open dag van Waternet; kijk op de website wanneer. Vanaf ongeveer 8 jaar.",
            "https://www.waternet.nl"),
        Trip(2, "waterleidingduinen", "Amsterdamse Waterleidingduinen", Utility.DrinkingWater, "duinwaterwingebied",
            "Vogelenzangseweg 21 (bezoekerscentrum De Oranjekom)", "Vogelenzang", 4.5600, 52.3380,
            "In de duinen wordt rivierwater door het zand gefilterd tot het bijna drinkwater is: zo komt een groot deel van het Amsterdamse kraanwater hier vandaan. Je wandelt langs de kanalen waar het water in de duinen zakt, en met een beetje geluk zie je damherten.",
            "Open voor wandelaars met een dagkaart (te koop bij de ingang of online). Honden niet toegestaan. Leuk voor alle leeftijden.",
            "https://www.waternet.nl"),
        Trip(3, "groene-energiefabriek", "De Groene Energiefabriek van Meerlanden", Utility.Waste, "gft-vergisting en composteerbedrijf",
            "Aarbergerweg 41", "Rijsenhout", 4.7084, 52.2575,
            "Hier wordt groente-, fruit- en tuinafval uit de regio verwerkt. Eerst komt er biogas uit (voor vuilniswagens en bussen), daarna wordt de rest compost voor tuinen en akkers. Je ziet hoe je eigen gft-bak weer iets nuttigs wordt.",
            "Rondleidingen op de Landelijke Compostdag in het voorjaar, dan kun je ook gratis compost halen. Kijk op de website voor de datum.",
            "https://www.meerlanden.nl"),
        Trip(4, "aeb-amsterdam", "AEB Amsterdam, afval-energiecentrale", Utility.Waste, "afval-energiecentrale",
            "Australiëhavenweg 21", "Amsterdam", 4.8277, 52.4064,
            "Het restafval van Amsterdam wordt hier verbrand. De warmte gaat via leidingen naar huizen (stadswarmte) en er wordt stroom van gemaakt. Uit de as halen ze nog metalen terug. Een enorme grijper tilt in één keer een vuilniswagen vol afval.",
            "Bezoek alleen met een rondleiding op afspraak of tijdens open dagen; vraag ernaar via de website.",
            "https://www.aebamsterdam.nl"),
        Trip(5, "nemo-science-museum", "NEMO Science Museum", Utility.Electricity, "wetenschapsmuseum",
            "Oosterdok 2", "Amsterdam", 4.9123, 52.3738,
            "Vijf verdiepingen om zelf te proberen: een kettingreactie, stroom opwekken, bouwen met water en energie. Op het dak (gratis) zie je hoe de zon en de wind een plein koel houden, met uitzicht over de stad.",
            "Elke dag open in de schoolvakanties, anders dinsdag tot en met zondag. Kaartjes vooraf online. Voor alle leeftijden; het leukst van 6 tot 14.",
            "https://www.nemosciencemuseum.nl"),
        Trip(6, "micropia", "Micropia", Utility.Sewage, "museum over microben",
            "Plantage Kerklaan 38-40", "Amsterdam", 4.9126, 52.3672,
            "Het enige museum ter wereld over microben: de kleine beestjes die ook in de rioolwaterzuivering het vuile water schoonmaken en in de composthoop je afval opeten. Door microscopen zie je ze bewegen.",
            "Naast Artis; elke dag open. Vanaf ongeveer 8 jaar het leukst.",
            "https://www.micropia.nl"),
        Trip(7, "museum-de-cruquius", "Museum De Cruquius", Utility.Sewage, "stoomgemaal",
            "Cruquiusdijk 27", "Cruquius", 4.6355, 52.3377,
            "Het grootste stoomgemaal ooit gebouwd hielp de Haarlemmermeer droog te pompen. Je ziet de reusachtige pompen en leert hoe Nederland nog steeds elke dag water wegpompt, net als de rioolgemalen onder de stad.",
            "Open van woensdag tot en met zondag (in de vakanties vaker). Op sommige dagen draait de machine.",
            "https://www.cruquiusmuseum.nl"),
        Trip(8, "westergasfabriek", "Westergasfabriek", Utility.Heat, "voormalige gasfabriek",
            "Pazzanistraat 37", "Amsterdam", 4.8745, 52.3860,
            "Hier werd vroeger gas gemaakt uit steenkool, voor de lantaarns en fornuizen van Amsterdam. De gashouder en de fabrieksgebouwen staan er nog. Praat erover: waarmee verwarmen we onze huizen nu, en waarmee straks?",
            "Een park, altijd open. Combineer met een speeltuin in het Westerpark.",
            "https://westergas.nl"),
        Trip(9, "molen-van-sloten", "Molen van Sloten", Utility.Electricity, "poldermolen",
            "Akersluis 10", "Amsterdam", 4.8031, 52.3449,
            "Een draaiende poldermolen die met windkracht water uit de polder pompt. De molenaar laat zien hoe de wind de wieken en het scheprad laat draaien: de voorloper van de windturbines die nu stroom maken.",
            "Elke dag open, met een rondleiding door de molen. Stevige schoenen aan: de trappen zijn steil.",
            "https://www.molenvansloten.nl"),
        Trip(10, "johan-cruijff-arena", "Johan Cruijff ArenA", Utility.Electricity, "stadion met zonnepanelen en batterij",
            "Johan Cruijff Boulevard 1", "Amsterdam", 4.9419, 52.3143,
            "Op het dak liggen duizenden zonnepanelen en in het stadion staat een grote batterij, gemaakt van batterijen uit oude elektrische auto's. Zo bewaart het stadion zonnestroom voor een wedstrijd in de avond.",
            "De zonnepanelen zie je vanaf het plein; met een stadiontour (vooraf boeken) kom je binnen.",
            "https://www.johancruijffarena.nl"),
    ];

    private static Trip Trip(int id, string slug, string name, Utility utility, string kind, string address, string city,
        double longitude, double latitude, string whatToExpect, string practical, string url) => new()
        {
            Id = id,
            Slug = slug,
            Name = name,
            Utility = utility,
            Kind = kind,
            Address = address,
            City = city,
            Location = new Point(longitude, latitude) { SRID = 4326 },
            WhatToExpect = whatToExpect,
            Practical = practical,
            Url = url,
        };
}
