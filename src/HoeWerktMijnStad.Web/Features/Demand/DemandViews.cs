using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;

namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>A request as lists show it. School and district only: no teacher.</summary>
public sealed record RequestSummary(
    int Id, string Title, DemandState State, ActivityType? Type, Theme? Theme, EducationLevel Level, int ClassYear, int Pupils,
    DateOnly PeriodStart, DateOnly PeriodEnd, string School, string District, string City, int Offers, DateTimeOffset CreatedAt)
{
    public string Class => BookingLabels.Class(Level, ClassYear);

    public string Period => Dates.Period(PeriodStart, PeriodEnd);

    public string What => DemandLabels.What(Type, Theme);

    public string Where => DemandLabels.District(District, City);
}

/// <summary>The rest of a request: the free text, the days, how far and how the class travels, what is welcome.</summary>
public sealed record RequestDetails(string Description, List<DayOfWeek> Weekdays, int RadiusKm, string TravelNote, bool WorksiteWelcome, bool TechLabWelcome);

/// <summary>A request that fits a partner, with the distance of the partner's nearest fitting place.</summary>
public sealed record FittingRequest(RequestSummary Request, double DistanceMeters, bool Answered);

/// <summary>One offer as the teacher compares them, and as the partner sees its own.</summary>
public sealed record OfferView(
    int Id, int PartnerId, string Partner, string PartnerSlug, string Activity, ActivityType Type, int DurationMinutes, string Place,
    double? DistanceMeters, List<DateTimeOffset> Dates, string Message, DemandOfferState State, int? BookingId, double? Mark, int MarkCount,
    DateTimeOffset CreatedAt)
{
    /// <summary>The average mark schools gave the partner, once there are enough evaluations to mean something.</summary>
    public string MarkText => Mark is { } mark && MarkCount >= BookingEvaluations.PublicFrom
        ? $"{mark.ToString("0.0", Components.Shared.Dates.Dutch)} ({MarkCount} evaluaties)"
        : "nog te weinig evaluaties";

    public string DistanceText => DistanceMeters is { } meters ? Map.Distances.Format(meters) : "komt naar school";
}

/// <summary>The teacher who asked, shown to a partner only once it has answered (and to the programme leader).</summary>
public sealed record TeacherContact(string Name, string Email);

/// <summary>Open requests of one area (a district, a city, or the rest of the region without a place on the map),
/// for the demand map: a count and pupils rounded to tens, never a school (<see cref="DemandAreas"/>).</summary>
public sealed record DistrictDemand(string Name, int Requests, int Pupils, double? Longitude, double? Latitude);

/// <summary>A request the programme leader should look at, with the teacher to contact.</summary>
public sealed record UnansweredRequest(RequestSummary Request, string? Teacher, string? TeacherEmail, DateTimeOffset? FlaggedAt);
