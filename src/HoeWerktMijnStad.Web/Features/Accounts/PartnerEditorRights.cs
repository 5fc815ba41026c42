using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Accounts;

/// <summary>An editor the leader is about to remove: who, from which partner, and whether it is their last one.</summary>
public sealed record EditorToRemove(string Email, string Partner, bool Last);

/// <summary>The programme leader takes a partner's editing rights from someone. An editor of no partner is no editor:
/// the role goes in the same save, and the new security stamp ends the sessions that still carry it (ADR 0018).</summary>
public sealed class PartnerEditorRights(IDbContextFactory<AppDbContext> dbFactory)
{
    public const string Gone = "EditorGone";

    public async Task<EditorToRemove?> FindAsync(int partnerId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PartnerEditors.AsNoTracking().Where(e => e.PartnerId == partnerId && e.UserId == userId)
            .Select(e => new EditorToRemove(e.User!.Email ?? e.UserId, e.Partner!.Name,
                !db.PartnerEditors.Any(other => other.UserId == e.UserId && other.PartnerId != e.PartnerId)))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<Outcome> RemoveAsync(ClaimsPrincipal leader, int partnerId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var editor = await db.PartnerEditors.Include(e => e.User).Include(e => e.Partner)
            .SingleOrDefaultAsync(e => e.PartnerId == partnerId && e.UserId == userId, cancellationToken);
        if (editor is null)
        {
            return Outcome.Refused(Gone);
        }

        db.PartnerEditors.Remove(editor);
        db.Record(leader, "Redacteur verwijderd", $"{editor.User!.Email} bij {editor.Partner!.Name}", editor.PartnerId);
        if (!await db.PartnerEditors.AnyAsync(e => e.UserId == editor.UserId && e.PartnerId != editor.PartnerId, cancellationToken))
        {
            var roleName = Roles.PartnerEditor.ToUpperInvariant();
            db.UserRoles.RemoveRange(await db.UserRoles
                .Where(r => r.UserId == editor.UserId && db.Roles.Any(role => role.Id == r.RoleId && role.NormalizedName == roleName))
                .ToListAsync(cancellationToken));
            editor.User.SecurityStamp = Guid.NewGuid().ToString();
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done;
    }
}
