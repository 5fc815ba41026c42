using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Passports;

internal sealed class SchoolClassConfiguration : IEntityTypeConfiguration<SchoolClass>
{
    public void Configure(EntityTypeBuilder<SchoolClass> builder)
    {
        builder.ToTable("school_classes", t =>
        {
            t.HasCheckConstraint("ck_school_classes_year", "year BETWEEN 1 AND 8");
            t.HasCheckConstraint("ck_school_classes_name", "length(btrim(name)) > 0");
        });
        builder.HasOne(c => c.School).WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Name).HasMaxLength(SchoolClass.NameMaxLength);
        builder.HasIndex(c => new { c.SchoolId, c.Name }).IsUnique();
    }
}

internal sealed class SkillsPassportConfiguration : IEntityTypeConfiguration<SkillsPassport>
{
    public void Configure(EntityTypeBuilder<SkillsPassport> builder)
    {
        builder.ToTable("skills_passports", t => t.HasCheckConstraint("ck_skills_passports_groups", "group_from BETWEEN 1 AND 8 AND group_to BETWEEN group_from AND 8"));
        builder.Property(p => p.Name).HasMaxLength(80);
        builder.Property(p => p.Description).HasMaxLength(1000);
        builder.HasIndex(p => p.Name).IsUnique();
    }
}

internal sealed class PassportSkillConfiguration : IEntityTypeConfiguration<PassportSkill>
{
    public void Configure(EntityTypeBuilder<PassportSkill> builder)
    {
        builder.ToTable("passport_skills");
        builder.HasOne(s => s.Passport).WithMany(p => p.Skills).HasForeignKey(s => s.PassportId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Name).HasMaxLength(120);
        builder.HasIndex(s => new { s.PassportId, s.Name }).IsUnique();
        builder.Property(s => s.ExperimentSlugs).HasDefaultValueSql("'{}'::text[]");
        builder.HasMany(s => s.Activities).WithMany().UsingEntity("passport_skill_activities");
        builder.HasMany(s => s.Lessons).WithMany().UsingEntity("passport_skill_lessons");
    }
}

internal sealed class ClassPassportConfiguration : IEntityTypeConfiguration<ClassPassport>
{
    public void Configure(EntityTypeBuilder<ClassPassport> builder)
    {
        builder.ToTable("class_passports");
        builder.HasKey(c => new { c.ClassId, c.PassportId });
        builder.HasOne(c => c.Class).WithMany(c => c.Passports).HasForeignKey(c => c.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Passport).WithMany().HasForeignKey(c => c.PassportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SkillStampConfiguration : IEntityTypeConfiguration<SkillStamp>
{
    public void Configure(EntityTypeBuilder<SkillStamp> builder)
    {
        builder.ToTable("skill_stamps");
        builder.HasOne(s => s.Class).WithMany().HasForeignKey(s => s.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Skill).WithMany().HasForeignKey(s => s.SkillId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Bookings.Booking>().WithMany().HasForeignKey(s => s.BookingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Learning.Lesson>().WithMany().HasForeignKey(s => s.LessonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(s => s.StampedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(s => s.Note).HasMaxLength(SkillStamp.NoteMaxLength);

        // one stamp per class and skill: a job that runs twice, or two teachers at once, stamp once
        builder.HasIndex(s => new { s.ClassId, s.SkillId }).IsUnique();
    }
}

internal sealed class ClassLessonConfiguration : IEntityTypeConfiguration<ClassLesson>
{
    public void Configure(EntityTypeBuilder<ClassLesson> builder)
    {
        builder.ToTable("class_lessons");
        builder.HasKey(c => new { c.ClassId, c.LessonId });
        builder.HasOne<SchoolClass>().WithMany().HasForeignKey(c => c.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Lesson).WithMany().HasForeignKey(c => c.LessonId).OnDelete(DeleteBehavior.Cascade);
    }
}
