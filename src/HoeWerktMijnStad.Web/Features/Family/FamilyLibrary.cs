using HoeWerktMijnStad.Data.Family;

namespace HoeWerktMijnStad.Web.Features.Family;

/// <summary>Words for the utilities and the places families already go.</summary>
public static class FamilyLibrary
{
    public const string Root = "/techniek-is-een-feest";

    public static string Label(Utility utility) => utility switch
    {
        Utility.DrinkingWater => "Drinkwater",
        Utility.Sewage => "Riool",
        Utility.Electricity => "Elektriciteit",
        Utility.Heat => "Warmte en gas",
        Utility.Waste => "Afval",
        _ => "Internet",
    };

    public static string Ages(int from, int to) => $"{from}-{to} jaar";

    public static string Minutes(int minutes) => minutes < 60 ? $"{minutes} minuten" : minutes == 60 ? "1 uur" : $"{minutes / 60} uur {minutes % 60} minuten";

    public static readonly IReadOnlyList<FamilyPlace> PlacesYouKnow =
    [
        new("Artis", "https://www.artis.nl", "Ga naar Micropia bij de ingang: daar zie je de bacteriën die ook ons rioolwater schoonmaken."),
        new("NEMO Science Museum", "https://www.nemosciencemuseum.nl", "Zoek de proeven over energie en water, en kijk op het dak naar de stad."),
        new("Tunfun", "https://www.tunfun.nl", "Deze speeltuin zit in een oude verkeerstunnel onder het Mr. Visserplein: vraag je af welke kabels en buizen er nog meer onder de straat liggen."),
        new("OBA (Openbare Bibliotheek Amsterdam)", "https://www.oba.nl", "Leen boeken over uitvindingen, water en energie, en kijk vanaf de bovenste verdieping van de OBA Oosterdok uit over de stad."),
    ];
}
