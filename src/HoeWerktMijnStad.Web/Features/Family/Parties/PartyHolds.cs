using HoeWerktMijnStad.Data;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Family.Parties;

/// <summary>The one way a hold expires, for the 5-minute job and for a parent who confirms too late alike.</summary>
public static class PartyHolds
{
    /// <summary>One statement: the expired holds change state, their children leave their slots' counts, and the
    /// personal data and mail of a hold nobody confirmed (perhaps not the owner of the address) go at once.</summary>
    /// <param name="bookingId">Only this booking; 0 for every hold that is due.</param>
    /// <returns>How many holds expired.</returns>
    public static async Task<int> ExpireAsync(AppDbContext db, DateTimeOffset now, int bookingId, CancellationToken cancellationToken)
    {
        now = now.ToUniversalTime();
        var prefix = PartyMails.SubjectPrefix + "K";
        return (await db.Database.SqlQuery<int>($"""
            WITH expired AS (
                UPDATE party_bookings SET state = 'expired', parent_name = NULL, email = NULL, phone = NULL, erased_at = {now}
                WHERE state = 'held' AND held_until <= {now} AND ({bookingId} = 0 OR id = {bookingId})
                RETURNING id, party_slot_id, children),
            released AS (
                UPDATE party_slots s SET booked_children = s.booked_children - e.children
                FROM (SELECT party_slot_id, sum(children)::int AS children FROM expired GROUP BY party_slot_id) e
                WHERE s.id = e.party_slot_id),
            mails AS (
                DELETE FROM outbox_emails o USING expired e WHERE o.subject LIKE {prefix} || e.id || ':%')
            SELECT count(*)::int AS "Value" FROM expired
            """).ToListAsync(cancellationToken))[0];
    }
}
