using System.ComponentModel.DataAnnotations;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.Schools;

/// <summary>A school as the programme leader fills it in, or as one row of a CSV import: both are checked by
/// the same rules and give the same messages.</summary>
public sealed class SchoolInput : IValidatableObject
{
    public const string NoLevelMessage = "Kies minstens één onderwijsniveau.";

    public int Id { get; set; }

    [Required(ErrorMessage = "Vul de naam van de school in."), StringLength(200, ErrorMessage = "De naam mag hoogstens 200 tekens zijn.")]
    public string Name { get; set; } = "";

    public SchoolType Type { get; set; } = SchoolType.Secondary;

    public List<Choice<EducationLevel>> Levels { get; set; } = [];

    [StringLength(200, ErrorMessage = "De toelichting op de niveaus mag hoogstens 200 tekens zijn.")]
    public string? LevelDetail { get; set; } = "";

    [Required(ErrorMessage = "Vul straat en huisnummer in."), StringLength(200, ErrorMessage = "Het adres mag hoogstens 200 tekens zijn.")]
    public string Address { get; set; } = "";

    [Required(ErrorMessage = "Vul de plaats in."), StringLength(100, ErrorMessage = "De plaats mag hoogstens 100 tekens zijn.")]
    public string City { get; set; } = "";

    [StringLength(100, ErrorMessage = "De wijk mag hoogstens 100 tekens zijn.")]
    public string? District { get; set; } = "";

    /// <summary>The school's staff mail domains, "stadsmakers.nl | stadsmakers-west.nl"; null keeps what the school has.</summary>
    [StringLength(1_000, ErrorMessage = "Geef hoogstens 1000 tekens aan maildomeinen.")]
    public string? MailDomains { get; set; } = "";

    [Required(ErrorMessage = "Klik op de kaart waar de school is, of vul de lengtegraad in.")]
    public double? Longitude { get; set; }

    [Required(ErrorMessage = "Klik op de kaart waar de school is, of vul de breedtegraad in.")]
    public double? Latitude { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Longitude is { } lon && Latitude is { } lat && !Netherlands.Contains(lon, lat))
        {
            yield return new ValidationResult(Netherlands.OutsideMessage, [nameof(Longitude), nameof(Latitude)]);
        }

        if (Levels?.Any(l => l.Selected) != true)
        {
            yield return new ValidationResult(NoLevelMessage, [nameof(Levels)]);
        }

        foreach (var problem in SchoolMailDomains.Parse(MailDomains).Errors)
        {
            yield return new ValidationResult(problem, [nameof(MailDomains)]);
        }
    }

    /// <summary>The rules above, for an input that did not come through a form.</summary>
    public List<string> Problems()
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? "").Distinct().ToList();
    }

    public static SchoolInput New() => From(new School { Name = "", Address = "", City = "", Location = Point.Empty, Type = SchoolType.Secondary });

    public static SchoolInput From(School school) => new()
    {
        Id = school.Id,
        Name = school.Name,
        Type = school.Type,
        Levels = Choices.Of<EducationLevel>(school.Levels),
        LevelDetail = school.LevelDetail,
        Address = school.Address,
        City = school.City,
        District = school.District,
        MailDomains = SchoolMailDomains.Format(school.MailDomains),
        Longitude = school.Location.IsEmpty ? null : Math.Round(school.Location.X, 6),
        Latitude = school.Location.IsEmpty ? null : Math.Round(school.Location.Y, 6),
    };

    public void ApplyTo(School school)
    {
        school.Name = Name.Trim();
        school.Type = Type;
        school.Levels = Choices.Selected(Levels);
        school.LevelDetail = (LevelDetail ?? "").Trim();
        school.Address = Address.Trim();
        school.City = City.Trim();
        school.District = (District ?? "").Trim();
        if (MailDomains is not null)
        {
            school.MailDomains = SchoolMailDomains.Parse(MailDomains).Domains;
        }
        school.Location = new Point(Longitude!.Value, Latitude!.Value) { SRID = 4326 };
    }
}
