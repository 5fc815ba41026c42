using System.ComponentModel.DataAnnotations;

namespace HoeWerktMijnStad.Web.Features.Map;

/// <summary>The base map (Map:TileUrl, Map:TileAttribution). Defaults to the Dutch public base map (PDOK BRT).</summary>
public sealed class MapOptions
{
    [Required]
    public string TileUrl { get; set; } = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";

    [Required]
    public string TileAttribution { get; set; } = "Kaartgegevens &copy; Kadaster (BRT Achtergrondkaart)";

    [Range(1, 22)]
    public int MaxZoom { get; set; } = 19;
}
