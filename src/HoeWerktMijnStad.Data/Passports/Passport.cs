using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Learning;

namespace HoeWerktMijnStad.Data.Passports;

/// <summary>A class of a school as a teacher names it ("groep 7b"): a level and a year, never a pupil. It exists to
/// keep a skills passport per class (seed 000:1072-1073) and to say which class went on a visit.</summary>
public sealed class SchoolClass
{
    public const int NameMaxLength = 40;

    public int Id { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public required string Name { get; set; }
    public EducationLevel Level { get; set; }

    /// <summary>The group (po 1-8) or school year (1-8).</summary>
    public int Year { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<ClassPassport> Passports { get; set; } = [];
}

/// <summary>A skills passport the programme leader defines, such as "Klusklas" or "Plusklas": a list of skills.</summary>
public sealed class SkillsPassport
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";

    /// <summary>The po groups (or school years) it suits, for instance 5 to 8.</summary>
    public int GroupFrom { get; set; }
    public int GroupTo { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<PassportSkill> Skills { get; set; } = [];
}

/// <summary>One skill of a passport ("een stroomkring maken"), with what trains it: activities, lesson letters
/// and experiments. A completed visit to one of the activities, or a lesson done, stamps it.</summary>
public sealed class PassportSkill
{
    public int Id { get; set; }
    public int PassportId { get; set; }
    public SkillsPassport? Passport { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }

    public List<Activity> Activities { get; set; } = [];
    public List<Lesson> Lessons { get; set; } = [];

    /// <summary>The family corner's experiments are code, not rows: linked by their web name.</summary>
    public List<string> ExperimentSlugs { get; set; } = [];
}

/// <summary>A class holds a passport from the day its teacher starts it.</summary>
public sealed class ClassPassport
{
    public int ClassId { get; set; }
    public SchoolClass? Class { get; set; }
    public int PassportId { get; set; }
    public SkillsPassport? Passport { get; set; }
    public DateTimeOffset StartedAt { get; set; }
}

public enum StampSource
{
    Visit,
    Lesson,
    Hand,
}

/// <summary>A skill a class has shown: from a completed visit, a lesson letter done, or stamped by hand with a
/// note. One stamp per class and skill: the first counts.</summary>
public sealed class SkillStamp
{
    public const int NoteMaxLength = 300;

    public long Id { get; set; }
    public int ClassId { get; set; }
    public SchoolClass? Class { get; set; }
    public int SkillId { get; set; }
    public PassportSkill? Skill { get; set; }
    public DateOnly On { get; set; }
    public StampSource Source { get; set; }
    public int? BookingId { get; set; }
    public int? LessonId { get; set; }
    public string Note { get; set; } = "";

    /// <summary>The teacher who stamped by hand, while that account exists.</summary>
    public string? StampedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A lesson letter a class has done, on a date: it stamps the skills the lesson trains.</summary>
public sealed class ClassLesson
{
    public int ClassId { get; set; }
    public int LessonId { get; set; }
    public Lesson? Lesson { get; set; }
    public DateOnly On { get; set; }
}
