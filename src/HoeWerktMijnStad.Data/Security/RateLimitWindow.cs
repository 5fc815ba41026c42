using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Security;

/// <summary>How often something was done for one target (an e-mail address, an account) in the current window.
/// Kept in PostgreSQL, not per process, so every web node counts the same. The key holds a hash of the target,
/// never the address itself.</summary>
public sealed class RateLimitWindow
{
    public required string Key { get; set; }
    public DateTimeOffset WindowStart { get; set; }
    public int Hits { get; set; }
}

internal sealed class RateLimitWindowConfiguration : IEntityTypeConfiguration<RateLimitWindow>
{
    public void Configure(EntityTypeBuilder<RateLimitWindow> builder)
    {
        builder.ToTable("rate_limit_windows");
        builder.HasKey(w => w.Key);
        builder.Property(w => w.Key).HasMaxLength(100);
        builder.HasIndex(w => w.WindowStart);
        builder.ToTable(t => t.HasCheckConstraint("ck_rate_limit_windows_hits", "hits > 0"));
    }
}
