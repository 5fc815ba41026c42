using System.Security.Claims;
using System.Security.Cryptography;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.WebUtilities;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Accounts;


/// <summary>A pending invitation as its link's page shows it.</summary>
public sealed record OpenInvitation(int Id, string Email, string Name, string Partner);

/// <summary>Invitations to edit a partner: the leader invites an address, and only someone who opened the mailed
/// link and is signed in with exactly that address gets the rights, by accepting. An account that merely
/// carries the address (registered by anyone, never confirmed) gets nothing from the invitation itself.</summary>
public sealed class EditorInvitations(IDbContextFactory<AppDbContext> dbFactory, AccountEmails emails, TimeProvider clock)
{
    public const string InvalidEmail = "InvitationInvalidEmail", UnknownPartner = "InvitationUnknownPartner", Invalid = "InvitationInvalid",
        WrongAccount = "InvitationWrongAccount";

    /// <returns>The partner's name.</returns>
    public async Task<Outcome<string>> InviteAsync(ClaimsPrincipal leader, int partnerId, string name, string email, CancellationToken cancellationToken = default)
    {
        var address = email.Trim().ToLowerInvariant();
        if (address.Length is 0 or > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(address))
        {
            return new FieldError("Email", InvalidEmail);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partner = await db.Partners.AsNoTracking().Where(p => p.Id == partnerId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        if (partner is null)
        {
            return new FieldError("PartnerId", UnknownPartner);
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
        return partner;
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

    public async Task<Outcome> WithdrawAsync(ClaimsPrincipal leader, int invitationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invitation = await db.EditorInvitations.Include(i => i.Partner)
            .SingleOrDefaultAsync(i => i.Id == invitationId && i.State == InvitationState.Pending, cancellationToken);
        if (invitation is null)
        {
            return Outcome.Refused(Invalid);
        }

        invitation.State = InvitationState.Withdrawn;
        invitation.ClosedAt = clock.GetUtcNow();
        db.Record(leader, "Uitnodiging ingetrokken", $"{invitation.Email} voor {invitation.Partner!.Name}", invitation.PartnerId);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done;
    }

    internal static byte[]? Hash(string? code)
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
