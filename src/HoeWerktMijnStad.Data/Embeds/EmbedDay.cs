using HoeWerktMijnStad.Data.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Embeds;

/// <summary>The embeds a partner pastes into its own website (issue 18 §1).</summary>
public enum EmbedKind
{
    /// <summary>The partner's card with its logo and sites: /insluiten/partners/{slug}.</summary>
    Card,

    /// <summary>The partner's bookable activities: /insluiten/partners/{slug}/aanbod.</summary>
    Offer,

    /// <summary>The map of all partners: /insluiten/kaart (no partner).</summary>
    Map,
}

/// <summary>How often an embed was shown and its links followed on one day (Europe/Amsterdam): counts only, no
/// cookie, address or anything else about the visitor.</summary>
public sealed class EmbedDay
{
    public long Id { get; set; }
    public DateOnly Day { get; set; }

    /// <summary>The partner the embed shows; null for the map of all partners.</summary>
    public int? PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public EmbedKind Kind { get; set; }
    public int Views { get; set; }
    public int Clicks { get; set; }
}

internal sealed class EmbedDayConfiguration : IEntityTypeConfiguration<EmbedDay>
{
    public void Configure(EntityTypeBuilder<EmbedDay> builder)
    {
        builder.ToTable("embed_days", t => t.HasCheckConstraint("ck_embed_days_counts", "views >= 0 AND clicks >= 0"));
        builder.HasOne(d => d.Partner).WithMany().HasForeignKey(d => d.PartnerId).OnDelete(DeleteBehavior.Cascade);
        // one row per day, partner (or none) and embed: the counter is an upsert on this key
        builder.HasIndex(d => new { d.Day, d.PartnerId, d.Kind }).IsUnique().AreNullsDistinct(false).HasDatabaseName("ux_embed_days_key");
    }
}
