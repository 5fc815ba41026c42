using System.Security.Claims;
using System.Security.Cryptography;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Accounts;

public enum InvitationOutcome { Sent, Accepted, UnknownPartner, InvalidEmail, Invalid, WrongAccount, Withdrawn }

/// <summary>A pending invitation as its link's page shows it.</summary>
public sealed record OpenInvitation(int Id, string Email, string Name, string Partner);

/// <summary>Invitations to edit a partner: the leader invites an address, and only someone who opened the mailed
/// link and is signed in with exactly that address gets the rights, by accepting. An account that merely
/// carries the address (registered by anyone, never confirmed) gets nothing from the invitation itself.</summary>
public sealed class EditorInvitations(IDbContextFactory<AppDbContext> dbFactory, AccountEmails emails, TimeProvider clock)
{
    public async Task<InvitationOutcome> InviteAsync(ClaimsPrincipal leader, int partnerId, string name, string email, CancellationToken cancellationToken = default)
    {
        var address = email.Trim().ToLowerInvariant();
        if (address.Length is 0 or > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(address))
        {
            return InvitationOutcome.InvalidEmail;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partner = await db.Partners.AsNoTracking().Where(p => p.Id == partnerId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        if (partner is null)
        {
            return InvitationOutcome.UnknownPartner;
        }

        var token = RandomNumberGenerator.GetBytes(32);
        var now = clock.GetUtcNow();
        db.EditorInvitations.Add(new EditorInvitation
        {
            Email = address, Name = name.Trim(), PartnerId = partnerId, TokenHash = SHA256.HashData(token), State = InvitationState.Pending,
            CreatedAt = now, ExpiresAt = now + EditorInvitation.Lifetime, InvitedById = leader.FindFirstValue(ClaimTypes.NameIdentifier),
        });
        // the same mail whether or not the address has an account: the link's page tells them what to do
        emails.QueueInvitation(db, address, name.Trim(), partner, emails.Link($"/uitnodiging?code={WebEncoders.Base64UrlEncode(token)}"));
        db.Record(leader, "Redacteur uitgenodigd", $"{address} voor {partner}", partnerId);
        await db.SaveChangesAsync(cancellationToken);
        return InvitationOutcome.Sent;
    }

    /// <summary>The pending, unexpired invitation a link's code stands for.</summary>
    public async Task<OpenInvitation?> FindAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (Hash(code) is not { } hash)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await db.EditorInvitations.AsNoTracking()
            .Where(i => i.TokenHash == hash && i.State == InvitationState.Pending && i.ExpiresAt > now)
            .Select(i => new OpenInvitation(i.Id, i.Email, i.Name, i.Partner!.Name)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Accepts the invitation for the signed-in user, whose address must be the invited one. Holding the
    /// link proves the mailbox, so the address counts as confirmed.</summary>
    public async Task<InvitationOutcome> AcceptAsync(AppDbContext db, UserManager<AppUser> users, AppUser user, string? code, CancellationToken cancellationToken = default)
    {
        if (Hash(code) is not { } hash)
        {
            return InvitationOutcome.Invalid;
        }

        var now = clock.GetUtcNow();
        var invitation = await db.EditorInvitations.Include(i => i.Partner)
            .SingleOrDefaultAsync(i => i.TokenHash == hash && i.State == InvitationState.Pending && i.ExpiresAt > now, cancellationToken);
        if (invitation is null)
        {
            return InvitationOutcome.Invalid;
        }

        if (!string.Equals(user.Email, invitation.Email, StringComparison.OrdinalIgnoreCase))
        {
            return InvitationOutcome.WrongAccount;
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
        return InvitationOutcome.Accepted;
    }

    public async Task<InvitationOutcome> WithdrawAsync(ClaimsPrincipal leader, int invitationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invitation = await db.EditorInvitations.Include(i => i.Partner)
            .SingleOrDefaultAsync(i => i.Id == invitationId && i.State == InvitationState.Pending, cancellationToken);
        if (invitation is null)
        {
            return InvitationOutcome.Invalid;
        }

        invitation.State = InvitationState.Withdrawn;
        invitation.ClosedAt = clock.GetUtcNow();
        db.Record(leader, "Uitnodiging ingetrokken", $"{invitation.Email} voor {invitation.Partner!.Name}", invitation.PartnerId);
        await db.SaveChangesAsync(cancellationToken);
        return InvitationOutcome.Withdrawn;
    }

    private static byte[]? Hash(string? code)
    {
        try
        {
            var token = string.IsNullOrEmpty(code) || code.Length > 100 ? null : WebEncoders.Base64UrlDecode(code);
            return token is { Length: 32 } ? SHA256.HashData(token) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
