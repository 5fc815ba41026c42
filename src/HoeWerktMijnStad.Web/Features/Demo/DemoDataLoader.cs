using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>Loads the fictional demo catalogue (partners, sites, worksites, activities, schools) into an empty
/// database, with worksite dates relative to today in Europe/Amsterdam.</summary>
public sealed class DemoDataLoader(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ILogger<DemoDataLoader> logger)
{
    /// <summary>The number of demo partners, sites, worksites and schools; the same whatever the day.</summary>
    public static int PartnerCount => DemoPartners.All.Count;

    public static int SiteCount => DemoPartners.All.Sum(p => p.Sites.Count);

    public static int WorksiteCount => DemoWorksites.All.Count;

    public static int SchoolCount => DemoSchools.Create().Count;

    /// <summary>Loads the demo catalogue once; returns false (and changes nothing) when the database already has
    /// partners. Everything is inserted in one SaveChanges, so in one transaction.</summary>
    public async Task<bool> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Partners.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Demo data not loaded: the database already has partners.");
            await EnsureSlotsAsync(db, cancellationToken);
            await EnsureLearningAsync(db, cancellationToken);
            return false;
        }

        var today = AmsterdamTime.Today(clock);
        var catalogue = DemoCatalogue.Build(today);

        // Schools can exist without partners (entered by hand): keep those and add only the missing ones.
        var existingSchools = (await db.Schools.Select(s => new { s.Name, s.City }).ToListAsync(cancellationToken))
            .Select(s => (s.Name, s.City))
            .ToHashSet();
        var newSchools = catalogue.Schools.Where(s => !existingSchools.Contains((s.Name, s.City))).ToList();

        db.Partners.AddRange(catalogue.Partners);
        db.Schools.AddRange(newSchools);
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation(
            "Demo data loaded for {Today}: {Partners} partners, {Sites} sites, {Worksites} worksites, {Activities} activities, {Schools} schools.",
            today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            catalogue.Partners.Count,
            catalogue.SiteCount,
            catalogue.WorksiteCount,
            catalogue.ActivityCount,
            newSchools.Count);
        await EnsureSlotsAsync(db, cancellationToken);
        await EnsureLearningAsync(db, cancellationToken);
        return true;
    }

    /// <summary>The learning content (ADR 0013) comes once, also into a demo database loaded before it existed.</summary>
    private async Task EnsureLearningAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await DemoLearning.EnsureAsync(db, clock, cancellationToken) is > 0 and var added)
        {
            logger.LogInformation("Demo learning content added: {Items} lesson letters, activities, tours and best practices.", added);
        }

        if (await DemoVideos.EnsureAsync(db, clock, cancellationToken) is > 0 and var videos)
        {
            logger.LogInformation("Demo family videos added: {Videos}.", videos);
        }
    }

    private async Task EnsureSlotsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await DemoSlots.EnsureAsync(db, clock, cancellationToken) is > 0 and var added)
        {
            logger.LogInformation("Demo slots added: {Slots} bookable times in the next six weeks.", added);
        }

        if (await DemoParties.EnsureAsync(db, clock, cancellationToken) is > 0 and var parties)
        {
            logger.LogInformation("Demo kids' parties added: {Parties}.", parties);
        }

        if (await DemoEvents.EnsureAsync(db, clock, cancellationToken) is > 0 and var events)
        {
            logger.LogInformation("Demo agenda events added: {Events}.", events);
        }
    }
}
