using HoeWerktMijnStad.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Catalogue.Configuration;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.ToTable("sites");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Address).HasMaxLength(200);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.Property(s => s.Location).HasColumnType("geography (point, 4326)");
        builder.HasIndex(s => s.Location).HasMethod("gist");
        builder.HasOne(s => s.Partner).WithMany(p => p.Sites).HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasPointInNetherlandsCheck<Site>("location");
    }
}
