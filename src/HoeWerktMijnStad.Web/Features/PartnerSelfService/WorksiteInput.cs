using System.ComponentModel.DataAnnotations;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>A worksite as its editor fills it in: a pin (the entrance), optionally an area drawn on the map
/// or typed as one corner per line.</summary>
public sealed class WorksiteInput : IValidatableObject
{
    public string PartnerSlug { get; set; } = "";

    public int Id { get; set; }

    [Required(ErrorMessage = "Geef de werkplek een titel, bijvoorbeeld 'Nieuwbouw warmtecentrale Noord'."), StringLength(200, ErrorMessage = "De titel mag hoogstens 200 tekens zijn.")]
    public string Title { get; set; } = "";

    [StringLength(4_000, ErrorMessage = "De beschrijving mag hoogstens 4.000 tekens zijn.")]
    public string? Description { get; set; } = "";

    [Required(ErrorMessage = "Vul straat en huisnummer in (of de dichtstbijzijnde)."), StringLength(200, ErrorMessage = "Het adres mag hoogstens 200 tekens zijn.")]
    public string Address { get; set; } = "";

    [Required(ErrorMessage = "Vul de plaats in."), StringLength(100, ErrorMessage = "De plaats mag hoogstens 100 tekens zijn.")]
    public string City { get; set; } = "";

    [Required(ErrorMessage = "Vul de eerste dag van de werkzaamheden in.")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = "Vul de laatste dag van de werkzaamheden in.")]
    public DateOnly? EndDate { get; set; }

    public double? Longitude { get; set; }

    public double? Latitude { get; set; }

    /// <summary>The corners of the area, one "longitude latitude" per line; empty for a point only.</summary>
    [StringLength(20_000, ErrorMessage = "Het gebied is te lang; teken het met minder hoekpunten.")]
    public string? AreaCorners { get; set; } = "";

    public List<Choice<EducationLevel>> Levels { get; set; } = [];

    [Range(1, 200, ErrorMessage = "De grootste groep is tussen 1 en 200 leerlingen.")]
    public int MaxGroupSize { get; set; } = 12;

    [StringLength(2_000, ErrorMessage = "De veiligheidsafspraken mogen hoogstens 2.000 tekens zijn.")]
    public string? SafetyNotes { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartDate is { } start && EndDate is { } end && end < start)
        {
            yield return new ValidationResult("De laatste dag kan niet vóór de eerste dag liggen.", [nameof(EndDate)]);
        }

        if (StartDate is { } from && EndDate is { } to && to.DayNumber - from.DayNumber > 5 * 366)
        {
            yield return new ValidationResult("Een tijdelijke werkplek loopt hoogstens vijf jaar. Is het een vaste locatie? Voeg die dan toe bij Locaties.", [nameof(EndDate)]);
        }

        var area = WorksiteArea.Parse(AreaCorners);
        if (area.Error is not null)
        {
            yield return new ValidationResult(area.Error, [nameof(AreaCorners)]);
        }

        if (area.Polygon is null && (Longitude is null || Latitude is null))
        {
            yield return new ValidationResult("Klik op de kaart waar de ingang is, of vul de lengte- en breedtegraad in.", [nameof(Longitude), nameof(Latitude)]);
        }

        if (Longitude is { } lon && Latitude is { } lat && !Netherlands.Contains(lon, lat))
        {
            yield return new ValidationResult(Netherlands.OutsideMessage, [nameof(Longitude), nameof(Latitude)]);
        }

        if (Levels?.Any(l => l.Selected) != true)
        {
            yield return new ValidationResult("Kies welke leerlingen de werkplek mogen bezoeken.", [nameof(Levels)]);
        }
    }

    public static WorksiteInput New(string partnerSlug, DateOnly today) =>
        From(new Worksite { Title = "", Address = "", City = "", Location = Point.Empty, StartDate = today, EndDate = today.AddMonths(3), MaxGroupSize = 12 }, partnerSlug);

    public static WorksiteInput From(Worksite worksite, string partnerSlug) => new()
    {
        PartnerSlug = partnerSlug,
        Id = worksite.Id,
        Title = worksite.Title,
        Description = worksite.Description,
        Address = worksite.Address,
        City = worksite.City,
        StartDate = worksite.StartDate,
        EndDate = worksite.EndDate,
        Longitude = worksite.Location.IsEmpty ? null : Math.Round(worksite.Location.X, 6),
        Latitude = worksite.Location.IsEmpty ? null : Math.Round(worksite.Location.Y, 6),
        AreaCorners = WorksiteArea.Format(worksite.Area),
        Levels = Choices.Of<EducationLevel>(worksite.VisitLevels),
        MaxGroupSize = worksite.MaxGroupSize,
        SafetyNotes = worksite.SafetyNotes,
    };

    public void ApplyTo(Worksite worksite)
    {
        var area = WorksiteArea.Parse(AreaCorners).Polygon;
        worksite.Title = Title.Trim();
        worksite.Description = (Description ?? "").Trim();
        worksite.Address = Address.Trim();
        worksite.City = City.Trim();
        worksite.StartDate = StartDate!.Value;
        worksite.EndDate = EndDate!.Value;
        worksite.Area = area;

        // without a pin, the marker goes inside the drawn area
        worksite.Location = Longitude is { } lon && Latitude is { } lat
            ? new Point(lon, lat) { SRID = 4326 }
            : (Point)area!.InteriorPoint.Copy();
        worksite.VisitLevels = Choices.Selected(Levels);
        worksite.MaxGroupSize = MaxGroupSize;
        worksite.SafetyNotes = (SafetyNotes ?? "").Trim();
    }
}
