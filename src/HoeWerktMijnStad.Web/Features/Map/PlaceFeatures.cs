using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;

namespace HoeWerktMijnStad.Web.Features.Map;

/// <summary>Map features for single places, for the small maps on partner, worksite and school pages.</summary>
public static class PlaceFeatures
{
    public static MapFeature Of(Site site, Partner partner) => new()
    {
        Id = site.Id,
        Layer = MapLayers.Sites,
        Name = site.Name,
        Kind = site.Kind.ToString(),
        KindLabel = Labels.Of(site.Kind),
        Partner = partner.Name,
        PartnerSlug = partner.Slug,
        Themes = partner.Themes,
        City = site.City,
        Url = PlaceUrls.Partner(partner.Slug),
        Location = site.Location,
        Geometry = site.Location,
    };

    public static MapFeature Of(Worksite worksite, Partner partner) => new()
    {
        Id = worksite.Id,
        Layer = MapLayers.Worksites,
        Name = worksite.Title,
        Kind = "Worksite",
        KindLabel = "Tijdelijke werkzaamheden",
        Partner = partner.Name,
        PartnerSlug = partner.Slug,
        Themes = partner.Themes,
        City = worksite.City,
        Url = PlaceUrls.Worksite(worksite.Id),
        Start = worksite.StartDate,
        End = worksite.EndDate,
        Location = worksite.Location,
        Geometry = (NetTopologySuite.Geometries.Geometry?)worksite.Area ?? worksite.Location,
    };

    public static MapFeature Of(School school) => new()
    {
        Id = school.Id,
        Layer = MapLayers.Schools,
        Name = school.Name,
        Kind = school.Type.ToString(),
        KindLabel = Labels.Of(school.Type),
        City = school.City,
        Url = PlaceUrls.School(school.Id),
        Location = school.Location,
        Geometry = school.Location,
    };

    public static MapFeature Of(HoeWerktMijnStad.Data.Family.Trip trip) => new()
    {
        Id = trip.Id,
        Layer = MapLayers.Trips,
        Name = trip.Name,
        Kind = "Trip",
        KindLabel = trip.Kind,
        City = trip.City,
        Url = PlaceUrls.Trip(trip.Id),
        Location = trip.Location,
        Geometry = trip.Location,
    };

    public static string ToGeoJson(params MapFeature[] features) =>
        System.Text.Encoding.UTF8.GetString(GeoJsonWriter.Write(new MapResult(features, false, features.Length)));
}
