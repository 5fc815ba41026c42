using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Data.Accounts;

/// <summary>A teacher's claim to work at a school, and its outcome. A teacher acts for a school only through a
/// verified link: by the school's mail domain, or approved by the programme leader. The verified link's school is
/// also kept on <see cref="AppUser.SchoolId"/>, written only together with the link (Features/Schools/SchoolLinks).</summary>
public sealed class SchoolLink
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public SchoolLinkState State { get; set; }

    /// <summary>How a verified link was verified.</summary>
    public SchoolLinkCheck? VerifiedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The programme leader who approved or rejected it, while that account exists.</summary>
    public string? DecidedById { get; set; }

    /// <summary>Why the programme leader rejected it, shown to the teacher.</summary>
    public string Reason { get; set; } = "";

    public const int ReasonMaxLength = 500;
}

public enum SchoolLinkState
{
    /// <summary>Waiting for the programme leader (or for the address to be confirmed, when its domain is the school's).</summary>
    Pending,
    Verified,
    Rejected,

    /// <summary>Replaced by a link to another school, or withdrawn by the teacher.</summary>
    Ended,
}

public enum SchoolLinkCheck
{
    MailDomain,
    ProgrammeLeader,
}
