using HoeWerktMijnStad.Web.Features.Map;

namespace HoeWerktMijnStad.Web.Features.OpenData;

/// <summary>What an HTML page of the OGC API shows: its links, and the collections, items or feature it is about.</summary>
public sealed record OgcView(string Title, string Lead, IReadOnlyList<OgcLink> Links)
{
    public IReadOnlyList<OgcCollection> Collections { get; init; } = [];
    public OgcCollection? Collection { get; init; }
    public MapItemsPage? Items { get; init; }
    public MapFeature? Feature { get; init; }
    public IReadOnlyList<string> Conformance { get; init; } = [];
}
