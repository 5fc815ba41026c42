using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>A partner's editor adds, changes and removes the activities schools can book; each change is one
/// transaction with its audit line. An activity with bookings or offers stays: they refer to it.</summary>
public sealed class PartnerActivities(IDbContextFactory<AppDbContext> dbFactory)
{
    public const string Gone = "ActivityGone";
    public const string HasBookings = "ActivityHasBookings";
    public const string Offered = "ActivityOffered";

    /// <returns>The saved activity's title.</returns>
    public async Task<Outcome<string>> SaveAsync(EditablePartner partner, ActivityInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var activity = input.Id == 0
            ? db.Activities.Add(new Activity { PartnerId = partner.Id, Title = "" }).Entity
            : await db.Activities.SingleOrDefaultAsync(a => a.Id == input.Id && a.PartnerId == partner.Id, cancellationToken);
        if (activity is null)
        {
            return Outcome.Refused(Gone);
        }

        input.ApplyTo(activity);
        db.Record(user, input.Id == 0 ? "Activiteit toegevoegd" : "Activiteit gewijzigd", $"{activity.Title} ({partner.Name})", partner.Id);
        await db.SaveChangesAsync(cancellationToken);
        return activity.Title;
    }

    public async Task<Outcome> RemoveAsync(EditablePartner partner, int activityId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == activityId && a.PartnerId == partner.Id, cancellationToken);
        if (activity is null)
        {
            return Outcome.Refused(Gone);
        }

        // the bookings and their history stay: the activity is what they refer to
        if (await db.Bookings.AnyAsync(b => b.ActivityId == activity.Id, cancellationToken))
        {
            return Outcome.Refused(HasBookings);
        }

        // an offer on a school's request names the activity; the school compares and takes offers by it
        if (await db.DemandOffers.AnyAsync(o => o.ActivityId == activity.Id, cancellationToken))
        {
            return Outcome.Refused(Offered);
        }

        db.Activities.Remove(activity);
        db.Record(user, "Activiteit verwijderd", $"{activity.Title} ({partner.Name})", partner.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation })
        {
            // a booking or an offer arrived between the checks and the delete (both refer to it with ON DELETE RESTRICT)
            return Outcome.Refused(Offered);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Refused(Gone);
        }
    }
}
