using System.ComponentModel.DataAnnotations;
using System.Globalization;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>A partner's answer to a request as its editor fills it in: one of its activities or a new one, one to
/// three dates within the request's period, and a short message.</summary>
public sealed class OfferInput
{
    public string PartnerSlug { get; set; } = "";

    /// <summary>An existing activity of the partner, or 0 for a new one described by the New* fields.</summary>
    public int ActivityId { get; set; }

    [StringLength(200, ErrorMessage = "De titel mag hoogstens 200 tekens zijn.")]
    public string? NewTitle { get; set; }

    public ActivityType NewType { get; set; } = ActivityType.CompanyVisit;

    /// <summary>Checked in <see cref="Check"/>, only for a new activity.</summary>
    public int NewDurationMinutes { get; set; } = 90;

    /// <summary>"" (at the school), "site:ID" or "worksite:ID", as in the activity editor.</summary>
    public string? NewPlace { get; set; }

    /// <summary>Start times in Amsterdam time.</summary>
    public DateTime? Date1 { get; set; }
    public DateTime? Date2 { get; set; }
    public DateTime? Date3 { get; set; }

    [StringLength(1_000, ErrorMessage = "Het bericht mag hoogstens 1.000 tekens zijn.")]
    public string? Message { get; set; }

    public IReadOnlyList<DateTime> Dates() => new[] { Date1, Date2, Date3 }.OfType<DateTime>().Distinct().Order().ToList();

    public (int? SiteId, int? WorksiteId) ParsePlace()
    {
        var parts = (NewPlace ?? "").Split(':', 2);
        var id = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        return parts[0] switch
        {
            "site" => (id, null),
            "worksite" => (null, id),
            _ => (null, null),
        };
    }

    /// <summary>The rules that need the request: dates in its period and at least three days ahead (the school takes
    /// an offer up to two days before the visit, and gets a day to choose), and a title for a new activity.</summary>
    public IEnumerable<FieldError> Check(DateOnly periodStart, DateOnly periodEnd, DateTime nowInAmsterdam)
    {
        if (ActivityId == 0 && string.IsNullOrWhiteSpace(NewTitle))
        {
            yield return new FieldError(nameof(NewTitle), "OfferTitleMissing");
        }

        if (ActivityId == 0 && NewDurationMinutes is < 15 or > 600)
        {
            yield return new FieldError(nameof(NewDurationMinutes), "OfferDurationInvalid");
        }

        if (ActivityId == 0 && NewType == ActivityType.KidsParty)
        {
            yield return new FieldError(nameof(NewType), "OfferKidsParty");
        }
        else if (ActivityId == 0 && !Enum.IsDefined(NewType))
        {
            yield return new FieldError(nameof(NewType), "OfferTypeInvalid");
        }

        var dates = Dates();
        if (dates.Count == 0)
        {
            yield return new FieldError(nameof(Date1), "OfferDateMissing");
        }
        else if (dates.Any(d => DateOnly.FromDateTime(d) < periodStart || DateOnly.FromDateTime(d) > periodEnd))
        {
            yield return new FieldError(nameof(Date1), "OfferDateOutsidePeriod", Components.Shared.Dates.Period(periodStart, periodEnd));
        }
        else if (dates.Any(d => d < nowInAmsterdam.AddDays(3)))
        {
            yield return new FieldError(nameof(Date1), "OfferDateTooSoon");
        }
    }
}

/// <summary>What the teacher fills in when taking an offer: the date, and what the booking's application form
/// asks besides the class (which the request already holds).</summary>
public sealed class AcceptInput
{
    public int OfferId { get; set; }

    /// <summary>The chosen date as Unix seconds.</summary>
    public long? ChosenStart { get; set; }

    [Range(0, 50, ErrorMessage = "Het aantal begeleiders is 0 tot 50.")]
    public int Adults { get; set; } = 2;

    [StringLength(2_000, ErrorMessage = "De bijzonderheden mogen hoogstens 2.000 tekens zijn.")]
    public string? SpecialNeeds { get; set; }

    public Data.Bookings.TravelMode Travel { get; set; } = Data.Bookings.TravelMode.PublicTransport;

    [Required(ErrorMessage = "Vul een telefoonnummer in waarop het bedrijf jullie op de dag zelf bereikt.")]
    [RegularExpression(@"^\+?[0-9][0-9 \-]{7,18}$", ErrorMessage = "Vul een telefoonnummer in met alleen cijfers, spaties of streepjes, bijvoorbeeld 06 12345678.")]
    public string? DayPhone { get; set; }

    public List<Bookings.ApplicationInput.Confirmation> Confirmations { get; set; } = [];

    /// <summary>Null also for a number no date can have (a crafted post): it is then refused like a date not offered.</summary>
    public DateTimeOffset? Chosen => ChosenStart is { } seconds && seconds >= 0 && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
        ? DateTimeOffset.FromUnixTimeSeconds(seconds)
        : null;
}
