using HoeWerktMijnStad.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Agenda;

internal sealed class NetworkEventConfiguration : IEntityTypeConfiguration<NetworkEvent>
{
    public void Configure(EntityTypeBuilder<NetworkEvent> builder)
    {
        builder.ToTable("network_events", t =>
        {
            t.HasCheckConstraint("ck_network_events_registered", "registered BETWEEN 0 AND capacity");
            t.HasCheckConstraint("ck_network_events_capacity", "capacity BETWEEN 1 AND 1000");
            t.HasCheckConstraint("ck_network_events_times", "ends_at > starts_at AND ends_at <= starts_at + interval '12 hours'");
            t.HasCheckConstraint("ck_network_events_title", "length(btrim(title)) > 0");
            // somewhere on the map, or online; an online session always has its link
            t.HasCheckConstraint("ck_network_events_where", """
                ((place IS NOT NULL AND location IS NOT NULL) OR online_link IS NOT NULL)
                AND (type <> 'online_session' OR online_link IS NOT NULL)
                AND (online_link IS NULL OR online_link LIKE 'https://%')
                """);
        });
        builder.HasOne(e => e.Partner).WithMany().HasForeignKey(e => e.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Title).HasMaxLength(120);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.Property(e => e.Place).HasMaxLength(300);
        builder.Property(e => e.OnlineLink).HasMaxLength(500);
        builder.Property(e => e.CreatedByUserId).HasMaxLength(450);
        builder.Property(e => e.CancelReason).HasMaxLength(500);
        builder.Property(e => e.Location).HasColumnType("geography (point, 4326)");
        builder.HasIndex(e => e.Location).HasMethod("gist");
        builder.HasPointInNetherlandsCheck<NetworkEvent>("location");
        builder.HasIndex(e => e.StartsAt);
    }
}

internal sealed class EventSignUpConfiguration : IEntityTypeConfiguration<EventSignUp>
{
    public void Configure(EntityTypeBuilder<EventSignUp> builder)
    {
        builder.ToTable("event_sign_ups");
        builder.HasOne(s => s.Event).WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.HasIndex(s => new { s.EventId, s.State, s.WaitingTurn });
        builder.HasIndex(s => new { s.EventId, s.WaitingTurn }).IsUnique();

        // one live sign-up per address and event: a double click or a second tab takes no second place
        builder.HasIndex(s => new { s.EventId, s.Email }).IsUnique()
            .HasDatabaseName("ux_event_sign_ups_live_email")
            .HasFilter("state IN ('unconfirmed', 'registered', 'waiting') AND erased_at IS NULL");
        builder.Property(s => s.Version).HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
