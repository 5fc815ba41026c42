using System.ComponentModel.DataAnnotations;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>The application form ("aanvraagformulier") as the teacher fills it in. Rules that need only the form
/// are attributes; rules that need the activity are in <see cref="Check"/>; capacity is the database's.</summary>
public sealed class ApplicationInput
{
    /// <summary>Chosen when the form is first shown; a second post of the same form finds the first booking.</summary>
    public Guid RequestKey { get; set; }

    public int? SlotId { get; set; }

    /// <summary>Up to three proposed start times (Amsterdam time), for an activity on request.</summary>
    public DateTime? DateOption1 { get; set; }
    public DateTime? DateOption2 { get; set; }
    public DateTime? DateOption3 { get; set; }

    // the form mapper takes any number for an enum ("-1"): only the named values may reach the database
    [EnumDataType(typeof(EducationLevel), ErrorMessage = "Kies het niveau van de klas uit de lijst.")]
    public EducationLevel Level { get; set; } = EducationLevel.Vmbo;

    [Range(1, 8, ErrorMessage = "Het leerjaar of de groep is een getal van 1 tot en met 8.")]
    public int ClassYear { get; set; } = 1;

    /// <summary>One of the school's named classes, whose skills passport the visit stamps; empty for none.</summary>
    public int? ClassId { get; set; }

    [Range(1, 200, ErrorMessage = "Vul in met hoeveel leerlingen jullie komen (1 tot 200).")]
    public int Pupils { get; set; }

    [Range(0, 50, ErrorMessage = "Het aantal begeleiders is 0 tot 50.")]
    public int Adults { get; set; }

    [StringLength(2_000, ErrorMessage = "De leerdoelen en vragen mogen hoogstens 2.000 tekens zijn.")]
    public string? LearningGoals { get; set; }

    [StringLength(2_000, ErrorMessage = "De bijzonderheden mogen hoogstens 2.000 tekens zijn.")]
    public string? SpecialNeeds { get; set; }

    [EnumDataType(typeof(TravelMode), ErrorMessage = "Kies uit de lijst hoe de klas reist.")]
    public TravelMode Travel { get; set; } = TravelMode.PublicTransport;

    [Required(ErrorMessage = "Vul een telefoonnummer in waarop het bedrijf jullie op de dag zelf bereikt.")]
    [RegularExpression(@"^\+?[0-9][0-9 \-]{7,18}$", ErrorMessage = "Vul een telefoonnummer in met alleen cijfers, spaties of streepjes, bijvoorbeeld 06 12345678.")]
    public string? DayPhone { get; set; }

    public List<Confirmation> Confirmations { get; set; } = [];

    public sealed class Confirmation
    {
        public int Id { get; set; }

        public bool Checked { get; set; }
    }

    public IEnumerable<DateTime> DateOptions() =>
        new[] { DateOption1, DateOption2, DateOption3 }.OfType<DateTime>().Distinct();

    /// <summary>The rules that need the activity: group size, level, the slot or dates, and the school's
    /// checklist items to confirm. Each error names the field it belongs to.</summary>
    public IEnumerable<FieldError> Check(BookableActivity activity, IReadOnlyCollection<int> requiredConfirmations, DateTime nowInAmsterdam)
    {
        if (Pupils > 0 && (Pupils < activity.MinGroupSize || Pupils > activity.MaxGroupSize))
        {
            yield return new FieldError(nameof(Pupils), Pupils > activity.MaxGroupSize ? "GroupTooBig" : "GroupTooSmall", activity.MinGroupSize, activity.MaxGroupSize);
        }

        if (!activity.Levels.Contains(Level))
        {
            yield return new FieldError(nameof(Level), "WrongLevel", string.Join(", ", activity.Levels.Select(Components.Shared.Labels.Of)));
        }

        if (activity.Mode == BookingMode.FixedSlots && SlotId is null)
        {
            yield return new FieldError(nameof(SlotId), "SlotMissing");
        }

        if (activity.Mode == BookingMode.OnRequest)
        {
            var options = DateOptions().ToList();
            if (options.Count == 0)
            {
                yield return new FieldError(nameof(DateOption1), "DateMissing");
            }
            else if (options.Any(o => AmsterdamTime.ToInstant(o) < BookingRequests.EarliestStart(AmsterdamTime.ToInstant(nowInAmsterdam))))
            {
                var earliest = BookingRequests.EarliestStart(AmsterdamTime.ToInstant(nowInAmsterdam));
                yield return new FieldError(nameof(DateOption1), "DateTooSoon", TimeZoneInfo.ConvertTime(earliest, AmsterdamTime.Zone).DateTime);
            }
            else if (options.Any(o => o > nowInAmsterdam.AddYears(1)))
            {
                yield return new FieldError(nameof(DateOption1), "DateTooFar");
            }
        }

        var confirmed = Confirmations.Where(c => c.Checked).Select(c => c.Id).ToHashSet();
        if (!requiredConfirmations.All(confirmed.Contains))
        {
            yield return new FieldError(nameof(Confirmations), "ConfirmationsMissing");
        }
    }
}

/// <summary>What the form needs to know of the activity it books.</summary>
public sealed record BookableActivity(
    int Id, int PartnerId, string Title, string PartnerName, string PartnerSlug, ActivityType Type, BookingMode Mode,
    int MinGroupSize, int MaxGroupSize, int DurationMinutes, IReadOnlyList<EducationLevel> Levels, string Place);
