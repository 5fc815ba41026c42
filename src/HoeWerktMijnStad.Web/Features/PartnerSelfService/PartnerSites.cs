using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>A partner's editor adds, changes and removes the partner's sites (the places on the map); each change is
/// one transaction with its audit line. A site of another partner, or one removed meanwhile, is refused.</summary>
public sealed class PartnerSites(IDbContextFactory<AppDbContext> dbFactory)
{
    public const string Gone = "SiteGone";
    public const string HasParties = "SiteHasParties";

    /// <returns>The saved site's name.</returns>
    public async Task<Outcome<string>> SaveAsync(EditablePartner partner, SiteInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var site = input.Id == 0
            ? db.Sites.Add(new Site { PartnerId = partner.Id, Name = "", Address = "", City = "", Location = Point.Empty }).Entity
            : await db.Sites.SingleOrDefaultAsync(s => s.Id == input.Id && s.PartnerId == partner.Id, cancellationToken);
        if (site is null)
        {
            return Outcome.Refused(Gone);
        }

        input.ApplyTo(site);
        db.Record(user, input.Id == 0 ? "Locatie toegevoegd" : "Locatie gewijzigd", $"{site.Name} ({partner.Name})", partner.Id);
        await db.SaveChangesAsync(cancellationToken);
        return site.Name;
    }

    /// <summary>Removes the site and its kids' party times. Refused while parents' details of a party here are still
    /// kept (ADR 0015): those parents must hear from the partner, and the details go 30 days after the party.</summary>
    public async Task<Outcome> RemoveAsync(EditablePartner partner, int siteId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var site = await db.Sites.SingleOrDefaultAsync(s => s.Id == siteId && s.PartnerId == partner.Id, cancellationToken);
        if (site is null)
        {
            return Outcome.Refused(Gone);
        }

        if (await db.PartyBookings.AnyAsync(b => b.PartySlot!.SiteId == site.Id && b.ErasedAt == null, cancellationToken))
        {
            return Outcome.Refused(HasParties);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PartySlots.Where(s => s.SiteId == site.Id).ExecuteDeleteAsync(cancellationToken);
        db.Sites.Remove(site);
        db.Record(user, "Locatie verwijderd", $"{site.Name} ({partner.Name})", partner.Id);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return Outcome.Refused(Gone);
        }

        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done;
    }
}
