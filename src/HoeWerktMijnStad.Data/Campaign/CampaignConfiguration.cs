using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Campaign;

internal sealed class CampaignDesignConfiguration : IEntityTypeConfiguration<CampaignDesign>
{
    public void Configure(EntityTypeBuilder<CampaignDesign> builder)
    {
        builder.ToTable("campaign_designs", t =>
        {
            t.HasCheckConstraint("ck_campaign_designs_slogan", "length(btrim(slogan)) > 0");
            t.HasCheckConstraint("ck_campaign_designs_reason", "state <> 'declined' OR length(btrim(reason)) > 0");
        });
        builder.HasOne(d => d.Class).WithMany().HasForeignKey(d => d.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.School).WithMany().HasForeignKey(d => d.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(d => d.SubmittedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(d => d.Slogan).HasMaxLength(CampaignDesign.SloganMaxLength);
        builder.Property(d => d.Reason).HasMaxLength(CampaignDesign.ReasonMaxLength);
        builder.Property(d => d.ContentType).HasMaxLength(50);
        builder.HasIndex(d => new { d.State, d.Theme });
    }
}

internal sealed class VanDesignConfiguration : IEntityTypeConfiguration<VanDesign>
{
    public void Configure(EntityTypeBuilder<VanDesign> builder)
    {
        builder.ToTable("van_designs", t => t.HasCheckConstraint("ck_van_designs_code", "code ~ '^[a-z0-9]{8}$'"));
        builder.HasOne(v => v.Design).WithMany(d => d.Adoptions).HasForeignKey(v => v.DesignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.Partner).WithMany().HasForeignKey(v => v.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.Activity).WithMany().HasForeignKey(v => v.ActivityId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(v => v.Code).HasMaxLength(VanDesign.CodeLength);
        builder.HasIndex(v => v.Code).IsUnique();
        builder.HasIndex(v => new { v.DesignId, v.PartnerId }).IsUnique();
    }
}

internal sealed class QrScanDayConfiguration : IEntityTypeConfiguration<QrScanDay>
{
    public void Configure(EntityTypeBuilder<QrScanDay> builder)
    {
        builder.ToTable("qr_scan_days", t => t.HasCheckConstraint("ck_qr_scan_days_scans", "scans > 0"));
        builder.HasKey(s => new { s.VanDesignId, s.Day });
        builder.HasOne<VanDesign>().WithMany(v => v.Scans).HasForeignKey(s => s.VanDesignId).OnDelete(DeleteBehavior.Cascade);
    }
}
