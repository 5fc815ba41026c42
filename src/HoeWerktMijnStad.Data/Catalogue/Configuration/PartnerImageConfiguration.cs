using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Catalogue.Configuration;

internal sealed class PartnerImageConfiguration : IEntityTypeConfiguration<PartnerImage>
{
    public void Configure(EntityTypeBuilder<PartnerImage> builder)
    {
        builder.ToTable("partner_images");
        builder.Ignore(i => i.Url);
        builder.Property(i => i.AltText).HasMaxLength(250);
        builder.Property(i => i.ContentType).HasMaxLength(50);
        builder.HasOne<Partner>().WithMany().HasForeignKey(i => i.PartnerId).OnDelete(DeleteBehavior.Cascade);

        // one logo per partner, and photos in at most eight numbered places
        builder.HasIndex(i => i.PartnerId).IsUnique().HasFilter("is_logo").HasDatabaseName("ix_partner_images_one_logo");
        builder.HasIndex(i => new { i.PartnerId, i.Position }).IsUnique().HasFilter("NOT is_logo").HasDatabaseName("ix_partner_images_photo_position");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_partner_images_position", $"position BETWEEN 0 AND {PartnerImage.MaxPhotos - 1}");
            t.HasCheckConstraint("ck_partner_images_alt_text", "is_logo OR length(btrim(alt_text)) > 0");
            t.HasCheckConstraint("ck_partner_images_content_type", "content_type IN ('image/webp', 'image/png', 'image/jpeg')");
            t.HasCheckConstraint("ck_partner_images_size", "octet_length(bytes) BETWEEN 1 AND 5242880");
        });
    }
}
