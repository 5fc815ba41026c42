using System.ComponentModel.DataAnnotations;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Passports;

namespace HoeWerktMijnStad.Web.Features.Passports;

/// <summary>A teacher names a class of their school: a name and a level, no pupils.</summary>
public sealed class ClassInput
{
    [Required(ErrorMessage = "Geef de klas een naam, bijvoorbeeld groep 7b.")]
    [StringLength(SchoolClass.NameMaxLength, ErrorMessage = "Een klasnaam is hoogstens 40 tekens.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Kies het onderwijs van de klas.")]
    [EnumDataType(typeof(EducationLevel), ErrorMessage = "Kies het onderwijs uit de lijst.")]
    public EducationLevel? Level { get; set; }

    [Required(ErrorMessage = "Vul de groep of het leerjaar in.")]
    [Range(1, 8, ErrorMessage = "De groep of het leerjaar is een getal van 1 tot en met 8.")]
    public int? Year { get; set; }

    /// <summary>A passport to start at once; empty for none yet.</summary>
    public int? PassportId { get; set; }
}

public sealed class StartPassportInput
{
    [Required(ErrorMessage = "Kies een paspoort.")]
    public int? PassportId { get; set; }
}

/// <summary>A stamp by hand: the skill, the day and a short note of what the class did.</summary>
public sealed class StampInput
{
    [Required(ErrorMessage = "Kies de vaardigheid die de klas liet zien.")]
    public int? SkillId { get; set; }

    [Required(ErrorMessage = "Kies de datum.")]
    public DateOnly? On { get; set; }

    [StringLength(SkillStamp.NoteMaxLength, ErrorMessage = "Een notitie is hoogstens 300 tekens.")]
    public string? Note { get; set; }
}

/// <summary>A lesson letter the class has done, and when.</summary>
public sealed class LessonDoneInput
{
    [Required(ErrorMessage = "Kies de lesbrief die de klas deed.")]
    public int? LessonId { get; set; }

    [Required(ErrorMessage = "Kies de datum.")]
    public DateOnly? On { get; set; }
}

/// <summary>The programme leader's new passport.</summary>
public sealed class PassportInput
{
    [Required(ErrorMessage = "Geef het paspoort een naam, bijvoorbeeld Klusklas.")]
    [StringLength(80, ErrorMessage = "Een naam is hoogstens 80 tekens.")]
    public string? Name { get; set; }

    [StringLength(1000, ErrorMessage = "De omschrijving is hoogstens 1000 tekens.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Vanaf welke groep?")]
    [Range(1, 8, ErrorMessage = "Een groep is een getal van 1 tot en met 8.")]
    public int? GroupFrom { get; set; } = 5;

    [Required(ErrorMessage = "Tot en met welke groep?")]
    [Range(1, 8, ErrorMessage = "Een groep is een getal van 1 tot en met 8.")]
    public int? GroupTo { get; set; } = 8;
}

/// <summary>A skill of a passport and what trains it.</summary>
public sealed class SkillInput
{
    [Required(ErrorMessage = "Kies het paspoort.")]
    public int? PassportId { get; set; }

    [Required(ErrorMessage = "Beschrijf de vaardigheid, bijvoorbeeld een stroomkring maken.")]
    [StringLength(120, ErrorMessage = "Een vaardigheid is hoogstens 120 tekens.")]
    public string? Name { get; set; }

    // the form mapper leaves a list that nobody chose from null
    public int[]? ActivityIds { get; set; } = [];

    public int[]? LessonIds { get; set; } = [];

    public string[]? ExperimentSlugs { get; set; } = [];
}
