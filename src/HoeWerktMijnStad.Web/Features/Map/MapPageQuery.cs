using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace HoeWerktMijnStad.Web.Features.Map;

public sealed record SchoolOption(int Id, string Name, string City);

public sealed record MapPageModel(
    MapFilter Filter,
    IReadOnlyList<FilterError> Errors,
    IReadOnlyList<SchoolOption> Schools,
    MapResult Result,
    string? NearLabel,
    string FeaturesUrl);

/// <summary>Everything the map page shows: the filter as the URL states it, the schools to choose from, and
/// the same results the map API gives for that filter.</summary>
public sealed class MapPageQuery(IDbContextFactory<AppDbContext> dbFactory, MapFeatureQuery features, TimeProvider clock)
{
    public const int ListLimit = 200;

    public async Task<MapPageModel> RunAsync(IEnumerable<KeyValuePair<string, StringValues>> query, CancellationToken cancellationToken = default)
    {
        var (filter, parseErrors) = MapFilterParser.Parse(query, AmsterdamTime.Today(clock));
        var errors = parseErrors.ToList();

        List<SchoolOption> schools;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            schools = await db.Schools.AsNoTracking()
                .OrderBy(s => s.Name)
                .Select(s => new SchoolOption(s.Id, s.Name, s.City))
                .ToListAsync(cancellationToken);

            if (filter.SchoolId is { } schoolId)
            {
                var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId)
                    .Select(s => new { s.Name, s.Location }).SingleOrDefaultAsync(cancellationToken);
                if (school is null)
                {
                    errors.Add(new("school", "Die school staat niet in onze lijst. Kies een school uit de lijst."));
                    filter = filter with { SchoolId = null };
                }
                else
                {
                    filter = filter with { Near = new GeoPoint(school.Location.X, school.Location.Y) };
                }
            }
        }

        var nearLabel = filter.SchoolId is { } id
            ? schools.First(s => s.Id == id).Name
            : filter.Near is not null ? "het gekozen punt op de kaart" : null;
        var result = await features.RunAsync(filter, MapFeatureQuery.DefaultLimit, cancellationToken);
        return new MapPageModel(filter, errors, schools, result, nearLabel, MapUrls.Api(filter));
    }
}
