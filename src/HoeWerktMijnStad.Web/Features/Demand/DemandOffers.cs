using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Features.PartnerSelfService;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>A partner answers a request that fits it with an offer: an activity it has (for the class's level
/// and size) or one it makes for the request, and dates in the request's period. The teacher hears of it.</summary>
public sealed class DemandOffers(IDbContextFactory<AppDbContext> dbFactory, DemandMails mails, TimeProvider clock)
{
    public const string Answered = "OfferAlreadyAnswered";

    public const string NotFitting = "RequestNotFitting";

    /// <summary>The partner's activities that can be offered to this class: its level, its size, not a kids' party.</summary>
    public static IQueryable<Activity> Offerable(AppDbContext db, int partnerId, DemandRequest request) =>
        db.Activities.AsNoTracking().Where(a => a.PartnerId == partnerId && a.Type != ActivityType.KidsParty
            && a.Levels.Contains(request.Level) && a.MinGroupSize <= request.Pupils && request.Pupils <= a.MaxGroupSize);

    public async Task<Outcome<int>> OfferAsync(int requestId, EditablePartner partner, ClaimsPrincipal editor, OfferInput input, CancellationToken cancellationToken = default)
    {
        var (today, now) = (AmsterdamTime.Today(clock), clock.GetUtcNow());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.DemandRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request?.State != DemandState.Open)
        {
            return Outcome.Refused(DemandRequests.NotOpen);
        }

        if (await db.DemandOffers.AnyAsync(o => o.RequestId == requestId && o.PartnerId == partner.Id, cancellationToken))
        {
            return Outcome.Refused(Answered);
        }

        if (await DemandMatching.FitAsync(db, today, requestId, partner.Id, cancellationToken) is null)
        {
            return Outcome.Refused(NotFitting);
        }

        var errors = input.Check(request.PeriodStart, request.PeriodEnd, AmsterdamTime.Now(clock)).ToList();
        Activity? activity = null;
        if (input.ActivityId != 0)
        {
            activity = await Offerable(db, partner.Id, request).SingleOrDefaultAsync(a => a.Id == input.ActivityId, cancellationToken);
            if (activity is null)
            {
                errors.Add(new FieldError(nameof(OfferInput.ActivityId), "OfferActivityUnfit", BookingLabels.Class(request.Level, request.ClassYear), request.Pupils));
            }
        }
        else if (!await PlaceIsOwnAsync(db, partner.Id, input, cancellationToken))
        {
            errors.Add(new FieldError(nameof(OfferInput.NewPlace), "OfferPlaceNotOwn"));
        }
        else
        {
            errors.AddRange(await PlaceSuitsAsync(db, request, input.ParsePlace(), nameof(OfferInput.NewPlace), input.Dates(), cancellationToken));
        }

        if (activity is not null)
        {
            errors.AddRange(await PlaceSuitsAsync(db, request, (activity.SiteId, activity.WorksiteId), nameof(OfferInput.ActivityId), input.Dates(), cancellationToken));
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // the request may have been accepted, withdrawn or expired since it was read: FOR SHARE waits for such a
        // change to commit and keeps it from happening until this offer is in, so no offer lands on a closed request
        if (!await IsOpenLockedAsync(db, requestId, cancellationToken))
        {
            return Outcome.Refused(DemandRequests.NotOpen);
        }

        if (activity is null)
        {
            var themes = await db.Partners.Where(p => p.Id == partner.Id).Select(p => p.Themes).SingleAsync(cancellationToken);
            activity = NewActivity(partner.Id, request, input, themes);
            db.Activities.Add(activity);
            await db.SaveChangesAsync(cancellationToken);
            db.Record(editor, "Activiteit toegevoegd", $"{activity.Title} ({partner.Name}), voor een vraag van een school", partner.Id);
        }

        var offer = new DemandOffer
        {
            RequestId = requestId,
            PartnerId = partner.Id,
            ActivityId = activity.Id,
            Dates = input.Dates().Select(AmsterdamTime.ToInstant).ToList(),
            Message = (input.Message ?? "").Trim(),
            State = DemandOfferState.Open,
            AuthorId = editor.FindFirstValue(ClaimTypes.NameIdentifier),
            AuthorName = await db.Users.Where(u => u.Id == editor.FindFirstValue(ClaimTypes.NameIdentifier)).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "",
            CreatedAt = now,
        };
        db.DemandOffers.Add(offer);
        db.Record(editor, "Aanbod gedaan op een vraag", $"{activity.Title} ({partner.Name}) op vraag {requestId}", partner.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // another editor of the same partner answered at the same moment
            return Outcome.Refused(Answered);
        }

        mails.OfferReceived(db, await DemandFacts.LoadAsync(db, requestId, cancellationToken), partner.Name, activity.Title, offer.Dates);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return offer.Id;
    }

    private static async Task<bool> IsOpenLockedAsync(AppDbContext db, int requestId, CancellationToken cancellationToken) =>
        await db.DemandRequests.FromSql($"SELECT * FROM demand_requests WHERE id = {requestId} FOR SHARE").AsNoTracking()
            .Select(r => r.State).SingleAsync(cancellationToken) == DemandState.Open;

    private static Activity NewActivity(int partnerId, DemandRequest request, OfferInput input, List<Theme> partnerThemes)
    {
        var (siteId, worksiteId) = input.ParsePlace();
        return new Activity
        {
            PartnerId = partnerId,
            Title = input.NewTitle!.Trim(),
            Type = input.NewType,
            Levels = [request.Level],
            // the asked theme, or (a request open to any) the partner's own, so the activity shows under a theme in /aanbod
            Themes = request.Theme is { } theme ? [theme] : [.. partnerThemes],
            MinGroupSize = 1,
            MaxGroupSize = request.Pupils,
            DurationMinutes = input.NewDurationMinutes,
            // booked on a date agreed with the school, like the visit this activity was made for
            BookingMode = BookingMode.OnRequest,
            SiteId = siteId,
            WorksiteId = worksiteId,
        };
    }

    /// <summary>The place of the visit as the school asked: no TechLab or worksite when it said they are not welcome,
    /// and a worksite only on days it runs. The refusal names <paramref name="field"/>: the activity or the new place.</summary>
    private static async Task<List<FieldError>> PlaceSuitsAsync(AppDbContext db, DemandRequest request, (int? SiteId, int? WorksiteId) place,
        string field, IReadOnlyList<DateTime> dates, CancellationToken cancellationToken)
    {
        if (place.SiteId is { } siteId && !request.TechLabWelcome
            && await db.Sites.AnyAsync(s => s.Id == siteId && s.Kind == SiteKind.TechLab, cancellationToken))
        {
            return [new FieldError(field, "OfferNoTechLab")];
        }

        if (place.WorksiteId is not { } worksiteId)
        {
            return [];
        }

        if (!request.WorksiteWelcome)
        {
            return [new FieldError(field, "OfferNoWorksite")];
        }

        var worksite = await db.Worksites.AsNoTracking().Where(w => w.Id == worksiteId)
            .Select(w => new { w.Title, w.StartDate, w.EndDate }).SingleAsync(cancellationToken);
        return dates.All(d => worksite.StartDate <= DateOnly.FromDateTime(d) && DateOnly.FromDateTime(d) <= worksite.EndDate)
            ? []
            : [new FieldError(nameof(OfferInput.Date1), "OfferWorksiteClosed", worksite.Title, Components.Shared.Dates.Period(worksite.StartDate, worksite.EndDate))];
    }

    private static async Task<bool> PlaceIsOwnAsync(AppDbContext db, int partnerId, OfferInput input, CancellationToken cancellationToken)
    {
        var (siteId, worksiteId) = input.ParsePlace();
        if (string.IsNullOrEmpty(input.NewPlace))
        {
            return true;
        }

        return siteId is { } site ? await db.Sites.AnyAsync(s => s.Id == site && s.PartnerId == partnerId, cancellationToken)
            : worksiteId is { } worksite && await db.Worksites.AnyAsync(w => w.Id == worksite && w.PartnerId == partnerId, cancellationToken);
    }
}
