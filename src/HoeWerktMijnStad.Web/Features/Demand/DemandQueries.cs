using System.Linq.Expressions;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>What the demand pages read, as projections. Whatever a partner reads goes through
/// <see cref="Summary"/> (school and district, no teacher) unless the partner has answered.</summary>
public sealed class DemandQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public static readonly Expression<Func<DemandRequest, RequestSummary>> Summary = r => new RequestSummary(
        r.Id, r.Title, r.State, r.ActivityType, r.Theme, r.Level, r.ClassYear, r.Pupils, r.PeriodStart, r.PeriodEnd,
        r.School!.Name, r.School.District, r.School.City, r.Offers.Count(o => o.State != DemandOfferState.Closed), r.CreatedAt);

    public async Task<List<RequestSummary>> ForSchoolAsync(int schoolId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.DemandRequests.AsNoTracking().Where(r => r.SchoolId == schoolId)
            .OrderBy(r => r.State == DemandState.Open ? 0 : 1).ThenByDescending(r => r.CreatedAt)
            .Select(Summary).ToListAsync(cancellationToken);
    }

    /// <summary>The offers on a request, side by side: partner, activity, place and its distance from the school,
    /// dates, and the partner's average mark from the schools' evaluations.</summary>
    public async Task<List<OfferView>> OffersAsync(int requestId, int? partnerId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var offers = db.DemandOffers.AsNoTracking().Where(o => o.RequestId == requestId);
        if (partnerId is { } only)
        {
            offers = offers.Where(o => o.PartnerId == only);
        }

        var school = db.DemandRequests.Where(r => r.Id == requestId).Select(r => r.School!.Location);
        return await offers.OrderBy(o => o.State).ThenBy(o => o.CreatedAt).Select(o => new OfferView(
            o.Id, o.PartnerId, o.Partner!.Name, o.Partner.Slug, o.Activity!.Title, o.Activity.Type, o.Activity.DurationMinutes,
            o.Activity.Site != null ? o.Activity.Site.Name + ", " + o.Activity.Site.City
                : o.Activity.Worksite != null ? o.Activity.Worksite.Title + ", " + o.Activity.Worksite.City : "Op school",
            o.Activity.Site != null ? o.Activity.Site.Location.Distance(school.First())
                : o.Activity.Worksite != null ? o.Activity.Worksite.Location.Distance(school.First()) : null,
            o.Dates, o.Message, o.State, o.BookingId,
            db.Evaluations.Where(e => e.Side == ChecklistSide.School && e.SentAt != null && e.Booking!.PartnerId == o.PartnerId).Average(e => (double?)e.Mark),
            db.Evaluations.Count(e => e.Side == ChecklistSide.School && e.SentAt != null && e.Booking!.PartnerId == o.PartnerId),
            o.CreatedAt)).ToListAsync(cancellationToken);
    }

    /// <summary>The open requests that fit a partner, nearest first, and whether it has answered each.</summary>
    public async Task<List<FittingRequest>> FittingAsync(int partnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var fits = await DemandMatching.FitsAsync(db, AmsterdamTime.Today(clock), partnerId: partnerId, cancellationToken: cancellationToken);
        var ids = fits.Select(f => f.RequestId).ToList();
        var requests = await db.DemandRequests.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(Summary).ToDictionaryAsync(r => r.Id, cancellationToken);
        var answered = (await db.DemandOffers.Where(o => o.PartnerId == partnerId && ids.Contains(o.RequestId)).Select(o => o.RequestId).ToListAsync(cancellationToken)).ToHashSet();
        return fits.Select(f => new FittingRequest(requests[f.RequestId], f.DistanceMeters, answered.Contains(f.RequestId))).ToList();
    }

    /// <summary>The requests a partner answered, newest first, with how its offer stands.</summary>
    public async Task<List<(RequestSummary Request, DemandOfferState Offer, int? BookingId)>> AnsweredAsync(int partnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var offers = await db.DemandOffers.AsNoTracking().Where(o => o.PartnerId == partnerId).OrderByDescending(o => o.CreatedAt)
            .Select(o => new { o.State, o.BookingId, o.RequestId }).ToListAsync(cancellationToken);
        var ids = offers.Select(o => o.RequestId).ToList();
        var requests = await db.DemandRequests.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(Summary).ToDictionaryAsync(r => r.Id, cancellationToken);
        return offers.Select(o => (requests[o.RequestId], o.State, o.BookingId)).ToList();
    }

    /// <summary>A request's summary and details, without the teacher.</summary>
    public async Task<(RequestSummary Request, RequestDetails Details)?> RequestAsync(int requestId, int? schoolId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.DemandRequests.AsNoTracking().Where(r => r.Id == requestId && (schoolId == null || r.SchoolId == schoolId))
            .Select(r => new { Summary = new RequestSummary(r.Id, r.Title, r.State, r.ActivityType, r.Theme, r.Level, r.ClassYear, r.Pupils,
                    r.PeriodStart, r.PeriodEnd, r.School!.Name, r.School.District, r.School.City, r.Offers.Count(o => o.State != DemandOfferState.Closed), r.CreatedAt),
                Details = new RequestDetails(r.Description, r.PreferredWeekdays, r.RadiusKm, r.TravelNote, r.WorksiteWelcome, r.TechLabWelcome) })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Summary, row.Details);
    }

    /// <summary>A request as a partner may see it: when it fits the partner (with the distance) or the partner
    /// answered it; the teacher's name and address only in the second case.</summary>
    public async Task<(RequestSummary Request, RequestDetails Details, double? DistanceMeters, TeacherContact? Teacher)?> ForPartnerAsync(
        int requestId, int partnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var answered = await db.DemandOffers.AnyAsync(o => o.RequestId == requestId && o.PartnerId == partnerId, cancellationToken);
        var fit = await DemandMatching.FitAsync(db, AmsterdamTime.Today(clock), requestId, partnerId, cancellationToken);
        if ((!answered && fit is null) || await RequestAsync(requestId, cancellationToken: cancellationToken) is not { } found)
        {
            return null;
        }

        var (request, details) = found;

        var teacher = answered
            ? await db.DemandRequests.Where(r => r.Id == requestId && r.Teacher != null)
                .Select(r => new TeacherContact(r.Teacher!.DisplayName, r.Teacher.Email!)).SingleOrDefaultAsync(cancellationToken)
            : null;
        return (request, details, fit?.DistanceMeters, teacher);
    }

    /// <summary>For the programme leader: open requests without any offer ten days after they were posted, oldest first.</summary>
    public async Task<List<UnansweredRequest>> UnansweredAsync(CancellationToken cancellationToken = default)
    {
        var postedBefore = clock.GetUtcNow() - DemandJobs.UnansweredAfter;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.DemandRequests.AsNoTracking()
            .Where(r => r.State == DemandState.Open && r.CreatedAt <= postedBefore && !r.Offers.Any())
            .OrderBy(r => r.CreatedAt)
            .Select(r => new { Summary = new RequestSummary(r.Id, r.Title, r.State, r.ActivityType, r.Theme, r.Level, r.ClassYear, r.Pupils,
                r.PeriodStart, r.PeriodEnd, r.School!.Name, r.School.District, r.School.City, 0, r.CreatedAt),
                Teacher = r.Teacher!.DisplayName, r.Teacher.Email, r.FlaggedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new UnansweredRequest(r.Summary, r.Teacher, r.Email, r.FlaggedAt)).ToList();
    }

    /// <summary>For the programme leader: every open request, soonest period end first.</summary>
    public async Task<List<RequestSummary>> OpenAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.DemandRequests.AsNoTracking().Where(r => r.State == DemandState.Open)
            .OrderBy(r => r.PeriodEnd).ThenBy(r => r.Id).Select(Summary).ToListAsync(cancellationToken);
    }

    /// <summary>Open requests per area for the demand map: counted per school district here, with the middle of the
    /// district's and of the city's schools rounded to 0.01° (about a kilometre), then merged by
    /// <see cref="DemandAreas"/> so that no area stands for a school or a class (ADR 0014).</summary>
    public async Task<List<DistrictDemand>> ByDistrictAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var districts = await db.Database.SqlQuery<DistrictCount>($"""
            WITH district_schools AS (
                SELECT city, district, count(*)::int AS schools, ST_Centroid(ST_Collect(location::geometry)) AS centre
                FROM schools GROUP BY city, district
            ), city_schools AS (
                SELECT city, count(*)::int AS schools, ST_Centroid(ST_Collect(location::geometry)) AS centre
                FROM schools GROUP BY city
            ), open_requests AS (
                SELECT s.city, s.district, count(*)::int AS requests, sum(r.pupils)::int AS pupils
                FROM demand_requests r JOIN schools s ON s.id = r.school_id
                WHERE r.state = 'open'
                GROUP BY s.city, s.district
            )
            SELECT o.city AS "City", o.district AS "District", o.requests AS "Requests", o.pupils AS "Pupils",
                   d.schools AS "DistrictSchools",
                   round(ST_X(d.centre)::numeric, 2)::float8 AS "DistrictLongitude", round(ST_Y(d.centre)::numeric, 2)::float8 AS "DistrictLatitude",
                   c.schools AS "CitySchools",
                   round(ST_X(c.centre)::numeric, 2)::float8 AS "CityLongitude", round(ST_Y(c.centre)::numeric, 2)::float8 AS "CityLatitude"
            FROM open_requests o
            JOIN district_schools d ON d.city = o.city AND d.district = o.district
            JOIN city_schools c ON c.city = o.city
            """).ToListAsync(cancellationToken);
        return DemandAreas.Merge(districts);
    }
}
