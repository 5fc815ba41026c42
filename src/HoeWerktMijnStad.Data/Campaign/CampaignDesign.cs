using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Passports;

namespace HoeWerktMijnStad.Data.Campaign;

public enum DesignState
{
    Submitted,
    Published,
    Declined,
}

/// <summary>A class's design for the company vans (seed 000:1045-1051): an image and a slogan, sent in by its
/// teacher. The class is a name and a level of a school; no pupil's name. The image is re-encoded on upload.</summary>
public sealed class CampaignDesign
{
    public const int SloganMaxLength = 80;
    public const int ReasonMaxLength = 500;

    public int Id { get; set; }
    public int ClassId { get; set; }
    public SchoolClass? Class { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public required string Slogan { get; set; }
    public Theme Theme { get; set; }

    public required string ContentType { get; set; }
    public required byte[] Image { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }

    public DesignState State { get; set; }
    public string Reason { get; set; } = "";

    /// <summary>The teacher who sent it in, while that account exists.</summary>
    public string? SubmittedById { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    public List<VanDesign> Adoptions { get; set; } = [];
}

/// <summary>A partner's adoption of a published design for its vans: the sticker carries a QR code to
/// <c>/q/{Code}</c>, which leads to the partner's page or one of its activities.</summary>
public sealed class VanDesign
{
    public const int CodeLength = 8;

    public int Id { get; set; }
    public int DesignId { get; set; }
    public CampaignDesign? Design { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }

    /// <summary>The activity the QR code leads to; the partner's page when empty.</summary>
    public int? ActivityId { get; set; }
    public Activity? Activity { get; set; }

    public required string Code { get; set; }
    public DateTimeOffset AdoptedAt { get; set; }
    public List<QrScanDay> Scans { get; set; } = [];
}

/// <summary>How often a van's QR code was scanned on one day (Amsterdam time). A count, nothing about who.</summary>
public sealed class QrScanDay
{
    public int VanDesignId { get; set; }
    public DateOnly Day { get; set; }
    public int Scans { get; set; }
}
