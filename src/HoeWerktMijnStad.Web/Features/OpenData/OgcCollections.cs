using HoeWerktMijnStad.Web.Features.Map;

namespace HoeWerktMijnStad.Web.Features.OpenData;

/// <summary>A simple property filter of a collection: its query parameter, what it means and the values allowed.</summary>
public sealed record OgcQueryable(string Name, string Description, IReadOnlyCollection<string> Values);

/// <summary>One collection of the OGC API: which map layer it reads (through the map's one query path, MapSql), which
/// property filters it takes, and whether its features have a period (then <c>datetime</c> applies).</summary>
public sealed record OgcCollection(
    string Id,
    string Title,
    string Description,
    MapLayers Layer,
    bool Temporal,
    IReadOnlyList<OgcQueryable> Queryables,
    string SitePage);

/// <summary>Every collection the OGC API publishes. A new collection is one entry here plus its layer in
/// <see cref="MapSql"/>.</summary>
public static class OgcCollections
{
    private static readonly OgcQueryable Theme = new("theme", "Thema van de partner", [.. Infrastructure.Input.UrlValues.Themes.Keys]);
    private static readonly OgcQueryable Partner = new("partner", "De partner (de slug in het adres van zijn pagina)", []);

    public static readonly IReadOnlyList<OgcCollection> All =
    [
        new("partner-sites", "Locaties van partners",
            "Vaste plekken van de partners die op de kaart staan: kantoren en werkplaatsen, TechLabs, praktijklokalen, opleidingslocaties en installaties.",
            MapLayers.Sites, Temporal: false,
            [Theme, new("level", "Onderwijsniveau dat de partner ontvangt", [.. Infrastructure.Input.UrlValues.Levels.Keys]),
                new("type", "Soort locatie", [.. Infrastructure.Input.UrlValues.SiteKinds.Keys]), Partner],
            "/partners"),
        new("worksites", "Tijdelijke werkplekken",
            "Werk in uitvoering van partners die op de kaart staan, met begin- en einddatum. Zonder datetime: wat vandaag loopt.",
            MapLayers.Worksites, Temporal: true,
            [Theme, new("level", "Onderwijsniveau dat mag komen kijken", [.. Infrastructure.Input.UrlValues.Levels.Keys]), Partner],
            "/werkplekken"),
        new("schools", "Scholen",
            "Scholen in de regio: basisscholen, middelbare scholen, mbo en hogescholen.",
            MapLayers.Schools, Temporal: false,
            [new("level", "Onderwijsniveau van de school", [.. Infrastructure.Input.UrlValues.Levels.Keys]),
                new("type", "Soort school", [.. Infrastructure.Input.UrlValues.SchoolTypes.Keys])],
            "/kaart?layer=schools"),
        new("family-trips", "Uitjes voor gezinnen",
            "Openbare plekken waar je ziet hoe water, stroom, warmte en afval werken: uitjes uit de gezinshoek.",
            MapLayers.Trips, Temporal: false, [],
            "/techniek-is-een-feest/uitjes"),
        new("events", "Evenementen in de agenda",
            "Open dagen, docentengesprekken, online sessies, workshops en matchmakingdagen van het netwerk. Zonder datetime: wat vandaag of later is. Een online sessie heeft geen plek: geometry is dan null.",
            MapLayers.Events, Temporal: true, [Theme, Partner],
            "/agenda"),
    ];

    public static OgcCollection? Find(string id) => All.FirstOrDefault(c => c.Id == id);
}
