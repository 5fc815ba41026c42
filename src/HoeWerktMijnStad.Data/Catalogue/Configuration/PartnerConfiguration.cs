using HoeWerktMijnStad.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Catalogue.Configuration;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("partners");
        builder.Property(p => p.Slug).HasMaxLength(80);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Pitch).HasMaxLength(300);
        builder.Property(p => p.PageMarkdown).HasMaxLength(20_000);
        builder.Property(p => p.WebsiteUrl).HasMaxLength(500);
        builder.Property(p => p.LogoUrl).HasMaxLength(500);

        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_partners_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
            t.HasCheckConstraint("ck_partners_name", "length(btrim(name)) > 0");
            t.HasCheckConstraint("ck_partners_website_url", "website_url IS NULL OR website_url ~ '^https?://'");
        });
    }
}
