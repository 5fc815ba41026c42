using HoeWerktMijnStad.Data.Catalogue;
using Microsoft.AspNetCore.Identity;

namespace HoeWerktMijnStad.Data.Accounts;

/// <summary>A person with an account: a teacher (of one school), a partner editor (of one or more
/// partners) or the programme leader. No pupil ever has one.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The school a teacher works at.</summary>
    public int? SchoolId { get; set; }
    public School? School { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The last time the site issued or renewed this account's sign-in cookie: accounts unused for
    /// years are warned and then deleted (AVG: no longer than needed).</summary>
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>When the account was told it will be deleted for lack of use; cleared by the next sign-in.</summary>
    public DateTimeOffset? InactivityWarnedAt { get; set; }

    public List<PartnerEditor> EditorOf { get; set; } = [];
}

/// <summary>An editor may change this partner's page, sites, worksites and activities.</summary>
public sealed class PartnerEditor
{
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
}

/// <summary>The three roles, with fixed ids so a migration can create them.</summary>
public static class Roles
{
    public const string Teacher = "Docent";
    public const string PartnerEditor = "Partnerredacteur";
    public const string ProgrammeLeader = "Programmaleider";

    public static readonly IReadOnlyList<IdentityRole> All =
    [
        new(Teacher) { Id = "role-docent", NormalizedName = "DOCENT", ConcurrencyStamp = "1" },
        new(PartnerEditor) { Id = "role-partnerredacteur", NormalizedName = "PARTNERREDACTEUR", ConcurrencyStamp = "1" },
        new(ProgrammeLeader) { Id = "role-programmaleider", NormalizedName = "PROGRAMMALEIDER", ConcurrencyStamp = "1" },
    ];
}
