using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.MapRule;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Features.MapRule;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Admin;

/// <summary>The programme leader adds partners and changes what the leader sets (name, kind, pitch, map status).
/// The web name is fixed once made, so links keep working; a map status set by hand is part of the partner's
/// map-status history, as the rule's changes are.</summary>
public sealed class AdminPartners(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const string Gone = "PartnerGone", NoSlug = "PartnerNoSlug", SlugTaken = "PartnerSlugTaken";

    /// <returns>The saved partner's web name and name.</returns>
    public async Task<Outcome<SavedPartner>> SaveAsync(PartnerAdminInput input, ClaimsPrincipal leader, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var isNew = input.Id == 0;
        var partner = isNew
            ? new Partner { Slug = "", Name = "", Pitch = "" }
            : await db.Partners.SingleOrDefaultAsync(p => p.Id == input.Id, cancellationToken);
        if (partner is null)
        {
            return Outcome.Refused(Gone);
        }

        var slug = isNew ? input.SlugOrFromName : partner.Slug;
        if (slug.Length == 0)
        {
            return new FieldError(nameof(PartnerAdminInput.Slug), NoSlug);
        }

        if (isNew && await db.Partners.AnyAsync(p => p.Slug == slug, cancellationToken))
        {
            return new FieldError(nameof(PartnerAdminInput.Slug), SlugTaken, slug);
        }

        var statusBefore = partner.MapStatus;
        input.ApplyTo(partner, AmsterdamTime.Today(clock));
        if (isNew)
        {
            db.Partners.Add(partner);
        }
        else if (partner.MapStatus != statusBefore)
        {
            var (actorId, actorName) = await LeaderActor.OfAsync(dbFactory, leader);
            db.MapStatusChanges.Add(new MapStatusChange
            {
                PartnerId = partner.Id, OldStatus = statusBefore, NewStatus = partner.MapStatus,
                Month = MapMonth.Current(clock).First, Reason = MapStatusReason.Manual,
                ActorId = actorId, ActorName = actorName, At = clock.GetUtcNow(),
            });
        }

        db.Record(leader, isNew ? "Partner aangemaakt" : "Partner gewijzigd", $"{partner.Name} ({Labels.Of(partner.MapStatus).ToLowerInvariant()})", partner);
        // the unique web name: another leader may have taken it between the check and the save
        return await db.TrySaveChangesAsync(cancellationToken)
            ? new SavedPartner(partner.Slug, partner.Name, isNew)
            : new FieldError(nameof(PartnerAdminInput.Slug), SlugTaken, slug);
    }
}

/// <summary>A partner just saved: its web name, name, and whether it is new.</summary>
public sealed record SavedPartner(string Slug, string Name, bool IsNew);
