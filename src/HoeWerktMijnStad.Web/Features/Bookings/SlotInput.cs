using System.ComponentModel.DataAnnotations;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>A new slot, or a weekly series of them, as the partner fills it in (times in Amsterdam).</summary>
public sealed class SlotInput : IValidatableObject
{
    public const int MaxSeries = 60;

    public string PartnerSlug { get; set; } = "";

    public int ActivityId { get; set; }

    [Required(ErrorMessage = "Kies de datum.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Kies de begintijd.")]
    public TimeOnly? Start { get; set; }

    [Required(ErrorMessage = "Kies de eindtijd.")]
    public TimeOnly? End { get; set; }

    [Range(1, 500, ErrorMessage = "Het aantal leerlingen is 1 tot 500.")]
    public int CapacityPupils { get; set; } = 30;

    [Range(1, 20, ErrorMessage = "Het aantal groepen is 1 tot 20.")]
    public int CapacityGroups { get; set; } = 1;

    /// <summary>Repeat every week on the same day and time until this date.</summary>
    public DateOnly? RepeatUntil { get; set; }

    public List<HolidayChoice> SkipHolidays { get; set; } = [];

    /// <summary>The school holidays the page offers (from the database, set by the page before validation); not posted.</summary>
    public IReadOnlyList<Holiday> Holidays { get; private set; } = [];

    /// <summary>Offers these school holidays; a new form ticks them all.</summary>
    public SlotInput WithHolidays(IReadOnlyList<Holiday> holidays, bool tickAll)
    {
        Holidays = holidays;
        if (tickAll)
        {
            SkipHolidays = holidays.Select(h => new HolidayChoice { Key = h.Key, Selected = true }).ToList();
        }

        return this;
    }

    public sealed class HolidayChoice
    {
        public string Key { get; set; } = "";

        public bool Selected { get; set; }
    }

    /// <summary>The days of the slot or series: weekly from the date until the repeat date, without the
    /// ticked school holidays and without the Dutch public holidays (computed, <see cref="Infrastructure.Time.PublicHolidays"/>).</summary>
    public IReadOnlyList<DateOnly> Days()
    {
        if (Date is not { } first)
        {
            return [];
        }

        var skipped = Holidays.Where(h => SkipHolidays.Any(c => c.Selected && c.Key == h.Key)).ToList();
        var last = RepeatUntil ?? first;
        var days = new List<DateOnly>();
        for (var day = first; day <= last && days.Count <= MaxSeries; day = day.AddDays(7))
        {
            if (!skipped.Any(h => h.Contains(day)) && Infrastructure.Time.PublicHolidays.On(day) is null)
            {
                days.Add(day);
            }
        }

        return days;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Start is { } start && End is { } end && end <= start)
        {
            yield return new ValidationResult("De eindtijd moet na de begintijd liggen.", [nameof(End)]);
        }

        if (Date is { } date && RepeatUntil is { } until)
        {
            if (until < date)
            {
                yield return new ValidationResult("Herhalen tot een datum na de eerste.", [nameof(RepeatUntil)]);
            }
            else if (Days().Count > MaxSeries)
            {
                yield return new ValidationResult($"Een reeks heeft hoogstens {MaxSeries} tijden. Kies een eerdere einddatum.", [nameof(RepeatUntil)]);
            }
        }

        if (Date is not null && Days().Count == 0)
        {
            yield return new ValidationResult("Alle gekozen dagen vallen in een vakantie die je overslaat.", [nameof(Date)]);
        }
    }
}
