using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Data.Accounts;

/// <summary>The programme leader's invitation to edit a partner. Rights follow only when someone who holds the
/// mailed link, signed in with exactly this address, accepts it. Only the token's SHA-256 hash is stored, so
/// a copy of the database cannot accept anything.</summary>
public sealed class EditorInvitation
{
    public int Id { get; set; }

    /// <summary>The invited address, lower case.</summary>
    public required string Email { get; set; }

    public required string Name { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public required byte[] TokenHash { get; set; }
    public InvitationState State { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public string? InvitedById { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Who accepted it, while that account exists.</summary>
    public string? AcceptedById { get; set; }

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
}

public enum InvitationState
{
    Pending,
    Accepted,
    Withdrawn,
}
