namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>Open requests and schools of one district as the database counts them, with the middle of the district's
/// schools and of its city's schools (rounded to 0.01°): what the demand map is made from, never shown as such.</summary>
public sealed record DistrictCount(
    string City, string District, int Requests, int Pupils,
    int DistrictSchools, double DistrictLongitude, double DistrictLatitude,
    int CitySchools, double CityLongitude, double CityLatitude);

/// <summary>The areas of the demand map. A circle at the middle of one or two schools is that school, and a count of
/// one or two requests with their pupils is a class: an area shows on its own only with at least
/// <see cref="MinSchools"/> schools and <see cref="MinRequests"/> open requests. Smaller districts merge into their
/// city (at the middle of the city's schools), and what is still too small counts under "elders in de regio", in
/// the table only. Pupils are rounded to tens (ADR 0014).</summary>
public static class DemandAreas
{
    public const int MinSchools = 3;

    public const int MinRequests = 3;

    public const string Elsewhere = "Elders in de regio";

    public static List<DistrictDemand> Merge(IReadOnlyCollection<DistrictCount> districts)
    {
        bool LargeEnough(int schools, int requests) => schools >= MinSchools && requests >= MinRequests;

        var areas = districts.Where(d => LargeEnough(d.DistrictSchools, d.Requests))
            .Select(d => new DistrictDemand(DemandLabels.District(d.District, d.City), d.Requests, Round(d.Pupils), d.DistrictLongitude, d.DistrictLatitude))
            .ToList();
        var keptCities = districts.Where(d => LargeEnough(d.DistrictSchools, d.Requests)).Select(d => d.City).ToHashSet();
        var (elsewhereRequests, elsewherePupils) = (0, 0);
        foreach (var city in districts.Where(d => !LargeEnough(d.DistrictSchools, d.Requests)).GroupBy(d => d.City))
        {
            var (requests, pupils, first) = (city.Sum(d => d.Requests), city.Sum(d => d.Pupils), city.First());
            if (LargeEnough(first.CitySchools, requests))
            {
                var name = keptCities.Contains(city.Key) ? $"{city.Key} (overige wijken)" : city.Key;
                areas.Add(new DistrictDemand(name, requests, Round(pupils), first.CityLongitude, first.CityLatitude));
            }
            else
            {
                (elsewhereRequests, elsewherePupils) = (elsewhereRequests + requests, elsewherePupils + pupils);
            }
        }

        areas = [.. areas.OrderByDescending(a => a.Requests).ThenBy(a => a.Name, StringComparer.Ordinal)];
        if (elsewhereRequests > 0)
        {
            areas.Add(new DistrictDemand(Elsewhere, elsewhereRequests, Round(elsewherePupils), null, null));
        }

        return areas;
    }

    /// <summary>Pupils to the nearest ten, at least ten: enough to plan with, too coarse to recognise a class.</summary>
    public static int Round(int pupils) => Math.Max(10, (int)Math.Round(pupils / 10.0, MidpointRounding.AwayFromZero) * 10);
}
