using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Learning;

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    private const string SlugCheck = "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'";

    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.ToTable("lessons");
        builder.Ignore(l => l.IsPublished);
        builder.Property(l => l.Slug).HasMaxLength(80);
        builder.HasIndex(l => l.Slug).IsUnique();
        builder.HasIndex(l => new { l.Kind, l.PublishedAt });
        builder.Property(l => l.Title).HasMaxLength(200);
        builder.Property(l => l.Summary).HasMaxLength(400);
        builder.Property(l => l.LearningGoals).HasMaxLength(2_000);
        builder.Property(l => l.BodyMarkdown).HasMaxLength(Lesson.MaxBody);
        builder.HasOne(l => l.Attachment).WithOne().HasForeignKey<LessonAttachment>(a => a.LessonId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_lessons_slug", SlugCheck);
            t.HasCheckConstraint("ck_lessons_title", "length(btrim(title)) > 0");
            t.HasCheckConstraint("ck_lessons_duration", "duration_minutes BETWEEN 5 AND 1440");
            t.HasCheckConstraint("ck_lessons_levels", "cardinality(levels) > 0");
            t.HasCheckConstraint("ck_lessons_groups",
                "(group_from IS NULL AND group_to IS NULL) OR (group_from BETWEEN 1 AND 8 AND group_to BETWEEN group_from AND 8)");
            t.HasCheckConstraint("ck_lessons_po_groups", "kind <> 'primary_activity' OR group_from IS NOT NULL");
        });
    }
}

internal sealed class LessonAttachmentConfiguration : IEntityTypeConfiguration<LessonAttachment>
{
    public void Configure(EntityTypeBuilder<LessonAttachment> builder)
    {
        builder.ToTable("lesson_attachments");
        builder.HasKey(a => a.LessonId);
        builder.Property(a => a.FileName).HasMaxLength(120);
        builder.ToTable(t =>
        {
            // a PDF by its first bytes ("%PDF-"), whatever the upload claimed, and never more than the limit
            t.HasCheckConstraint("ck_lesson_attachments_pdf",
                $"octet_length(bytes) BETWEEN 8 AND {LessonAttachment.MaxBytes} AND substring(bytes from 1 for 5) = '\\x255044462d'::bytea");
            t.HasCheckConstraint("ck_lesson_attachments_size", "size_bytes = octet_length(bytes)");
            t.HasCheckConstraint("ck_lesson_attachments_file_name", "file_name ~ '^[a-z0-9]+(-[a-z0-9]+)*\\.pdf$'");
        });
    }
}

internal sealed class VirtualTourConfiguration : IEntityTypeConfiguration<VirtualTour>
{
    public void Configure(EntityTypeBuilder<VirtualTour> builder)
    {
        builder.ToTable("virtual_tours");
        builder.Ignore(t => t.IsPublished);
        builder.Property(t => t.Slug).HasMaxLength(80);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Summary).HasMaxLength(400);
        builder.Property(t => t.IntroMarkdown).HasMaxLength(10_000);
        builder.HasOne(t => t.Partner).WithMany().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Steps).WithOne().HasForeignKey(s => s.TourId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_virtual_tours_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
            t.HasCheckConstraint("ck_virtual_tours_title", "length(btrim(title)) > 0");
        });
    }
}

internal sealed class TourStepConfiguration : IEntityTypeConfiguration<TourStep>
{
    public void Configure(EntityTypeBuilder<TourStep> builder)
    {
        builder.ToTable("tour_steps");
        builder.HasIndex(s => new { s.TourId, s.Position });
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.TextMarkdown).HasMaxLength(4_000);
        builder.Property(s => s.VideoId).HasMaxLength(11);

        // a step's photo is its own: it goes when the step goes, and cannot go while the step needs it
        builder.HasOne(s => s.Image).WithMany().HasForeignKey(s => s.ImageId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_tour_steps_media", "num_nonnulls(image_id, video_id) = 1");
            t.HasCheckConstraint("ck_tour_steps_video_id", $"video_id IS NULL OR video_id ~ '{TourStep.VideoIdPattern}'");
            t.HasCheckConstraint("ck_tour_steps_position", "position >= 0");
            t.HasCheckConstraint("ck_tour_steps_title", "length(btrim(title)) > 0");
        });
    }
}

internal sealed class LearningImageConfiguration : IEntityTypeConfiguration<LearningImage>
{
    public void Configure(EntityTypeBuilder<LearningImage> builder)
    {
        builder.ToTable("learning_images");
        builder.Ignore(i => i.Url);
        builder.Property(i => i.AltText).HasMaxLength(250);
        builder.Property(i => i.ContentType).HasMaxLength(50);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_learning_images_alt_text", "length(btrim(alt_text)) > 0");
            t.HasCheckConstraint("ck_learning_images_content_type", "content_type IN ('image/webp', 'image/png', 'image/jpeg')");
            t.HasCheckConstraint("ck_learning_images_size", "octet_length(bytes) BETWEEN 1 AND 5242880");
        });
    }
}

internal sealed class BestPracticeConfiguration : IEntityTypeConfiguration<BestPractice>
{
    public void Configure(EntityTypeBuilder<BestPractice> builder)
    {
        builder.ToTable("best_practices");
        builder.Ignore(b => b.IsPublished);
        builder.Property(b => b.Slug).HasMaxLength(80);
        builder.HasIndex(b => b.Slug).IsUnique();
        builder.Property(b => b.Title).HasMaxLength(200);
        builder.Property(b => b.Summary).HasMaxLength(400);
        builder.Property(b => b.BodyMarkdown).HasMaxLength(Lesson.MaxBody);
        builder.HasOne(b => b.Partner).WithMany().HasForeignKey(b => b.PartnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Evaluation>().WithMany().HasForeignKey(b => b.SourceEvaluationId).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_best_practices_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
            t.HasCheckConstraint("ck_best_practices_title", "length(btrim(title)) > 0");
        });
    }
}
