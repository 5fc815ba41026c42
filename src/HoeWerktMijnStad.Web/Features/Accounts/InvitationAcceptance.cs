using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Accounts;

/// <summary>Someone takes up an invitation to edit a partner. Identity's user manager saves the request's own
/// context, so the role, the editor row, the invitation's state and the audit line are saved there, in one
/// transaction.</summary>
public sealed class InvitationAcceptance(UserManager<AppUser> users, AppDbContext db, TimeProvider clock)
{
    /// <summary>Accepts the invitation for the signed-in user, whose address must be the invited one. Holding the
    /// link proves the mailbox, so the address counts as confirmed.</summary>
    public async Task<Outcome> AcceptAsync(AppUser user, string? code, CancellationToken cancellationToken = default)
    {
        if (EditorInvitations.Hash(code) is not { } hash)
        {
            return Outcome.Refused(EditorInvitations.Invalid);
        }

        var now = clock.GetUtcNow();
        var invitation = await db.EditorInvitations.Include(i => i.Partner)
            .SingleOrDefaultAsync(i => i.TokenHash == hash && i.State == InvitationState.Pending && i.ExpiresAt > now, cancellationToken);
        if (invitation is null)
        {
            return Outcome.Refused(EditorInvitations.Invalid);
        }

        if (!string.Equals(user.Email, invitation.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Refused(EditorInvitations.WrongAccount);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await users.IsInRoleAsync(user, Roles.PartnerEditor))
        {
            await users.AddToRoleAsync(user, Roles.PartnerEditor);
        }

        if (!await db.PartnerEditors.AnyAsync(e => e.UserId == user.Id && e.PartnerId == invitation.PartnerId, cancellationToken))
        {
            db.PartnerEditors.Add(new PartnerEditor { UserId = user.Id, PartnerId = invitation.PartnerId });
        }

        user.EmailConfirmed = true;
        invitation.State = InvitationState.Accepted;
        invitation.ClosedAt = now;
        invitation.AcceptedById = user.Id;
        db.AuditEntries.Add(new Data.Audit.AuditEntry
        {
            ActorId = user.Id, ActorEmail = user.Email!, Action = "Uitnodiging aangenomen", Subject = $"redacteur van {invitation.Partner!.Name}", PartnerId = invitation.PartnerId,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done;
    }

}
