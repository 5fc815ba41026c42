using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

public sealed record EditablePartner(int Id, string Slug, string Name);

/// <summary>Who may change which partner: its editors, and the programme leader every partner. Every page and
/// endpoint that changes partner data asks this on the server.</summary>
public sealed class PartnerAccess(IDbContextFactory<AppDbContext> dbFactory)
{
    public const string Policy = "partner-editor";

    public async Task<IReadOnlyList<EditablePartner>> EditableAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partners = db.Partners.AsNoTracking();
        if (!user.IsInRole(Roles.ProgrammeLeader))
        {
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            partners = partners.Where(p => db.PartnerEditors.Any(e => e.PartnerId == p.Id && e.UserId == userId));
        }

        return await partners.OrderBy(p => p.Name).Select(p => new EditablePartner(p.Id, p.Slug, p.Name)).ToListAsync(cancellationToken);
    }

    public async Task<EditablePartner?> FindEditableAsync(ClaimsPrincipal user, string? slug, CancellationToken cancellationToken = default)
    {
        var editable = await EditableAsync(user, cancellationToken);
        return slug is null ? (editable.Count > 0 ? editable[0] : null) : editable.FirstOrDefault(p => p.Slug == slug);
    }
}
