using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.At).HasDefaultValueSql("now()");
        builder.Property(a => a.ActorEmail).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(200);
        builder.Property(a => a.Subject).HasMaxLength(500);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.PartnerId, a.At });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Partner).WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.SetNull);
    }
}
