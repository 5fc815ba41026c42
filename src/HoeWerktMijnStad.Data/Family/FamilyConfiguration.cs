using HoeWerktMijnStad.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Family;

internal sealed class TripConfiguration : IEntityTypeConfiguration<Trip>
{
    public void Configure(EntityTypeBuilder<Trip> builder)
    {
        builder.ToTable("trips");
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Slug).HasMaxLength(100);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Kind).HasMaxLength(100);
        builder.Property(t => t.Address).HasMaxLength(200);
        builder.Property(t => t.City).HasMaxLength(100);
        builder.Property(t => t.WhatToExpect).HasMaxLength(2000);
        builder.Property(t => t.Practical).HasMaxLength(1000);
        builder.Property(t => t.Url).HasMaxLength(500);
        builder.Property(t => t.Location).HasColumnType("geography (point, 4326)");
        builder.HasIndex(t => t.Location).HasMethod("gist");
        builder.HasPointInNetherlandsCheck<Trip>("location");

        // the shipped trips have ids 1-10: places added later start well above them
        builder.Property(t => t.Id).HasIdentityOptions(startValue: 1000);
        builder.HasData(Trips.All);
    }
}

internal sealed class PartySlotConfiguration : IEntityTypeConfiguration<PartySlot>
{
    public void Configure(EntityTypeBuilder<PartySlot> builder)
    {
        builder.ToTable("party_slots", t =>
        {
            t.HasCheckConstraint("ck_party_slots_booked", "booked_children BETWEEN 0 AND capacity_children");
            t.HasCheckConstraint("ck_party_slots_capacity", "capacity_children BETWEEN 1 AND 60");
            t.HasCheckConstraint("ck_party_slots_ages", "min_age BETWEEN 4 AND 16 AND max_age BETWEEN min_age AND 16");
            t.HasCheckConstraint("ck_party_slots_times", "ends_at > starts_at AND ends_at <= starts_at + interval '6 hours'");

            // Wednesday afternoon or the weekend, in Amsterdam time
            t.HasCheckConstraint("ck_party_slots_day", """
                extract(isodow FROM starts_at AT TIME ZONE 'Europe/Amsterdam') IN (6, 7)
                OR (extract(isodow FROM starts_at AT TIME ZONE 'Europe/Amsterdam') = 3
                    AND (starts_at AT TIME ZONE 'Europe/Amsterdam')::time >= time '12:00')
                """);
        });
        // a room with parties cannot silently take them (and the parents' bookings) with it
        builder.HasOne(s => s.Site).WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Title).HasMaxLength(120);
        builder.Property(s => s.Description).HasMaxLength(2000);
        builder.HasIndex(s => s.StartsAt);
    }
}

internal sealed class PartyBookingConfiguration : IEntityTypeConfiguration<PartyBooking>
{
    public void Configure(EntityTypeBuilder<PartyBooking> builder)
    {
        builder.ToTable("party_bookings", t =>
        {
            t.HasCheckConstraint("ck_party_bookings_children", "children BETWEEN 1 AND 60");
            t.HasCheckConstraint("ck_party_bookings_ages", "age_from BETWEEN 4 AND 16 AND age_to BETWEEN age_from AND 16");

            // the parent's data is there until it is erased, and only then gone
            t.HasCheckConstraint("ck_party_bookings_personal_data", """
                (erased_at IS NULL AND parent_name IS NOT NULL AND email IS NOT NULL AND phone IS NOT NULL)
                OR (erased_at IS NOT NULL AND parent_name IS NULL AND email IS NULL AND phone IS NULL)
                """);
        });
        builder.HasOne(b => b.PartySlot).WithMany().HasForeignKey(b => b.PartySlotId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(b => b.ParentName).HasMaxLength(100);
        builder.Property(b => b.Email).HasMaxLength(254);
        builder.Property(b => b.Phone).HasMaxLength(30);
        builder.Property(b => b.PartnerMessage).HasMaxLength(1000);
        builder.HasIndex(b => new { b.PartySlotId, b.State });

        // one live booking per address and party: a double click or a second tab does not take the places twice
        builder.HasIndex(b => new { b.PartySlotId, b.Email }).IsUnique()
            .HasDatabaseName("ux_party_bookings_live_email")
            .HasFilter("state IN ('held', 'requested', 'confirmed')");
        builder.Property(b => b.Version).HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}

internal sealed class FamilyVideoConfiguration : IEntityTypeConfiguration<FamilyVideo>
{
    public void Configure(EntityTypeBuilder<FamilyVideo> builder)
    {
        builder.ToTable("family_videos", t =>
        {
            t.HasCheckConstraint("ck_family_videos_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
            t.HasCheckConstraint("ck_family_videos_title", "length(btrim(title)) > 0");
            t.HasCheckConstraint("ck_family_videos_description", "length(btrim(description)) > 0");
            t.HasCheckConstraint("ck_family_videos_seconds", "seconds BETWEEN 1 AND 3600");
            // one source: a hosted file (known by its hash) or a YouTube video, never both, never neither
            t.HasCheckConstraint("ck_family_videos_source", "(you_tube_id IS NULL) <> (file_hash IS NULL)");
            t.HasCheckConstraint("ck_family_videos_you_tube_id", "you_tube_id ~ '^[A-Za-z0-9_-]{11}$'");
            t.HasCheckConstraint("ck_family_videos_file_hash", "file_hash ~ '^[0-9a-f]{64}$'");
        });
        builder.Ignore(v => v.IsPublished);
        builder.HasIndex(v => v.Slug).IsUnique();
        builder.HasIndex(v => v.Utility);
        builder.Property(v => v.Slug).HasMaxLength(80);
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Description).HasMaxLength(FamilyVideo.MaxDescription);
        builder.Property(v => v.Transcript).HasMaxLength(FamilyVideo.MaxTranscript);
        builder.Property(v => v.YouTubeId).HasMaxLength(11);
        builder.Property(v => v.FileHash).HasMaxLength(64);
        builder.HasOne(v => v.File).WithOne().HasForeignKey<FamilyVideoFile>(f => f.VideoId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FamilyVideoFileConfiguration : IEntityTypeConfiguration<FamilyVideoFile>
{
    public void Configure(EntityTypeBuilder<FamilyVideoFile> builder)
    {
        builder.ToTable("family_video_files", t =>
        {
            // WebM starts with the EBML magic number; MP4 has its "ftyp" box at byte 4
            t.HasCheckConstraint("ck_family_video_files_bytes", $"""
                octet_length(bytes) BETWEEN 16 AND {FamilyVideoFile.MaxBytes}
                AND ((content_type = 'video/webm' AND substring(bytes from 1 for 4) = '\x1a45dfa3'::bytea)
                  OR (content_type = 'video/mp4' AND substring(bytes from 5 for 4) = '\x66747970'::bytea))
                """);
            t.HasCheckConstraint("ck_family_video_files_size", "size_bytes = octet_length(bytes)");
            t.HasCheckConstraint("ck_family_video_files_captions", "captions LIKE 'WEBVTT%'");
        });
        builder.HasKey(f => f.VideoId);
        builder.Property(f => f.Captions).HasMaxLength(FamilyVideoFile.MaxCaptions);
        builder.Property(f => f.ContentType).HasMaxLength(20);
    }
}
