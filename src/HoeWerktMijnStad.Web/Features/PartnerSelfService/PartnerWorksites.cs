using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>A partner's editor adds, changes and removes its temporary worksites; each change is one transaction
/// with its audit line. A worksite of another partner, or one removed meanwhile, is refused, never a 500.</summary>
public sealed class PartnerWorksites(IDbContextFactory<AppDbContext> dbFactory)
{
    public const string Gone = "WorksiteGone";

    /// <returns>The saved worksite's title.</returns>
    public async Task<Outcome<string>> SaveAsync(EditablePartner partner, WorksiteInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var worksite = input.Id == 0
            ? db.Worksites.Add(new Worksite { PartnerId = partner.Id, Title = "", Address = "", City = "", Location = Point.Empty }).Entity
            : await db.Worksites.SingleOrDefaultAsync(w => w.Id == input.Id && w.PartnerId == partner.Id, cancellationToken);
        if (worksite is null)
        {
            return Outcome.Refused(Gone);
        }

        input.ApplyTo(worksite);
        db.Record(user, input.Id == 0 ? "Werkplek toegevoegd" : "Werkplek gewijzigd", $"{worksite.Title} ({partner.Name})", partner.Id);
        await db.SaveChangesAsync(cancellationToken);
        return worksite.Title;
    }

    public async Task<Outcome> RemoveAsync(EditablePartner partner, int worksiteId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var worksite = await db.Worksites.SingleOrDefaultAsync(w => w.Id == worksiteId && w.PartnerId == partner.Id, cancellationToken);
        if (worksite is null)
        {
            return Outcome.Refused(Gone);
        }

        db.Worksites.Remove(worksite);
        db.Record(user, "Werkplek verwijderd", $"{worksite.Title} ({partner.Name})", partner.Id);
        return await db.TrySaveChangesAsync(cancellationToken) ? Outcome.Done : Outcome.Refused(Gone);
    }
}
