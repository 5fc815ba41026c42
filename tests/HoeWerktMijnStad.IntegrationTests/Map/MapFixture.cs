using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.TestSupport;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.Map;

/// <summary>A small catalogue with known coordinates around a reference point R (4.9000, 52.3700), on a day
/// the test fixes: three partners (one off the map), four sites, three worksites (running, finished,
/// upcoming) and two schools.</summary>
public sealed class MapFixture : PostgisDatabase
{
    public static readonly DateOnly Today = new(2026, 6, 15);
    public static readonly FixedClock Clock = FixedClock.At(Today);

    public HwmsWebFactory Factory { get; private set; } = null!;
    public Dictionary<string, int> Ids { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync();
        Factory = new HwmsWebFactory(ConnectionString, Clock);
    }

    public override async Task DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    public static Point At(double lon, double lat) => new(lon, lat) { SRID = 4326 };

    private async Task SeedAsync()
    {
        var warmte = new Partner
        {
            Slug = "warmte-noord", Name = "Warmte Noord", Kind = PartnerKind.InstallationCompany, Pitch = "Warmtepompen.",
            Themes = [Theme.Energie], AudienceLevels = [EducationLevel.Vmbo, EducationLevel.Mbo], JoinedOn = Today.AddYears(-1),
        };
        var s1 = new Site { Name = "Werkplaats Noord", Kind = SiteKind.Office, Address = "Noordweg 1", City = "Amsterdam", Location = At(4.9000, 52.3790) };
        var s2 = new Site { Name = "TechLab Noord", Kind = SiteKind.TechLab, Address = "Labweg 2", City = "Amsterdam", Location = At(4.9000, 52.4150) };
        warmte.Sites.AddRange([s1, s2]);
        warmte.Activities.Add(new Activity { Title = "Kijkje in de werkplaats", Type = ActivityType.CompanyVisit, MinGroupSize = 8, MaxGroupSize = 16, DurationMinutes = 90, Site = s1 });
        warmte.Activities.Add(new Activity { Title = "Gastles warmtepomp", Type = ActivityType.GuestLesson, MinGroupSize = 10, MaxGroupSize = 30, DurationMinutes = 50 });

        var stroom = new Partner
        {
            Slug = "stroomnet", Name = "Stroomnet", Kind = PartnerKind.GridOperator, Pitch = "Het net.",
            Themes = [Theme.Energie, Theme.Mobiliteit], AudienceLevels = [EducationLevel.Po], JoinedOn = Today.AddYears(-2),
        };
        var s3 = new Site { Name = "Onderstation West", Kind = SiteKind.UtilityPlant, Address = "Stroomweg 3", City = "Amsterdam", Location = At(4.8000, 52.3700) };
        stroom.Sites.Add(s3);
        var area = new Polygon(new LinearRing(
        [
            new Coordinate(4.9090, 52.3695), new Coordinate(4.9110, 52.3695), new Coordinate(4.9110, 52.3705),
            new Coordinate(4.9090, 52.3705), new Coordinate(4.9090, 52.3695),
        ])) { SRID = 4326 };
        var w1 = Worksite("Kabels in de Kade", 4.9100, Today.AddDays(-10), Today.AddDays(10), area);
        var w2 = Worksite("Oud werk", 4.9050, Today.AddDays(-30), Today.AddDays(-5));
        var w3 = Worksite("Nieuw werk", 4.9200, Today.AddDays(5), Today.AddDays(30));
        stroom.Worksites.AddRange([w1, w2, w3]);
        stroom.Activities.Add(new Activity { Title = "Kijken bij de kabels", Type = ActivityType.WorksiteVisit, MinGroupSize = 4, MaxGroupSize = 12, DurationMinutes = 60, Worksite = w1 });

        var bouw = new Partner
        {
            Slug = "bouw-zuid", Name = "Bouw Zuid", Kind = PartnerKind.Construction, Pitch = "Bouwen.", MapStatus = MapStatus.OffMap,
            Themes = [Theme.GebouwdeOmgeving], AudienceLevels = [EducationLevel.Mbo], JoinedOn = Today.AddYears(-1),
        };
        var s4 = new Site { Name = "Bouwhal Zuid", Kind = SiteKind.Office, Address = "Zuidweg 4", City = "Amsterdam", Location = At(4.9000, 52.3650) };
        bouw.Sites.Add(s4);

        var sc1 = new School { Name = "Basisschool Het Anker", Type = SchoolType.Primary, Levels = [EducationLevel.Po], Address = "Ankerweg 1", City = "Amsterdam", Location = At(4.8950, 52.3700) };
        var sc2 = new School { Name = "Vakcollege Oost", Type = SchoolType.Secondary, Levels = [EducationLevel.Vmbo], Address = "Oostweg 9", City = "Amsterdam", Location = At(4.9500, 52.3600) };

        await using var db = CreateDbContext();
        db.AddRange(warmte, stroom, bouw, sc1, sc2);
        await db.SaveChangesAsync();
        foreach (var (key, id) in new[] { ("S1", s1.Id), ("S2", s2.Id), ("S3", s3.Id), ("S4", s4.Id), ("W1", w1.Id), ("W2", w2.Id), ("W3", w3.Id), ("SC1", sc1.Id), ("SC2", sc2.Id) })
        {
            Ids[key] = id;
        }
    }

    private static Worksite Worksite(string title, double lon, DateOnly start, DateOnly end, Polygon? area = null) => new()
    {
        Title = title, Address = "Kade 1", City = "Amsterdam", StartDate = start, EndDate = end,
        Location = At(lon, 52.3700), Area = area, VisitLevels = [EducationLevel.Vmbo], MaxGroupSize = 12,
    };
}
