using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>A partner's own page: its pitch, story, themes and levels, saved with an audit line.</summary>
public sealed class PartnerPages(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task SaveAsync(EditablePartner partner, PageInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Partners.SingleAsync(p => p.Id == partner.Id, cancellationToken);
        input.ApplyTo(stored);
        db.Record(user, "Partnerpagina opgeslagen", stored.Name, stored.Id);
        await db.SaveChangesAsync(cancellationToken);
    }
}
