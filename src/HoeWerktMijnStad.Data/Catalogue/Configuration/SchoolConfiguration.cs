using HoeWerktMijnStad.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Catalogue.Configuration;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("schools");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.LevelDetail).HasMaxLength(200);
        builder.Property(s => s.Address).HasMaxLength(200);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.Property(s => s.District).HasMaxLength(100);
        builder.Property(s => s.Location).HasColumnType("geography (point, 4326)");
        builder.HasIndex(s => s.Location).HasMethod("gist");
        builder.HasIndex(s => new { s.Name, s.City }).IsUnique();
        builder.HasPointInNetherlandsCheck<School>("location");
        builder.Property(s => s.MailDomains).HasDefaultValueSql("'{}'::text[]");
        builder.HasIndex(s => s.MailDomains).HasMethod("gin");
        builder.ToTable(t => t.HasCheckConstraint("ck_schools_mail_domains_lower", "mail_domains::text = lower(mail_domains::text) AND NOT mail_domains::text LIKE '%@%'"));
    }
}
