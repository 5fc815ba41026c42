using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Features.Family.Parties;

/// <summary>The kids' parties' recurring jobs: holds the parent did not confirm in time give their places back,
/// and Retention:PartyContactDays (30) after a party the parent's personal data goes, with the mails that carried it.</summary>
public sealed class PartyJobs(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IOptions<RetentionOptions> retention, ILogger<PartyJobs> logger)
{
    public const string ExpireJobId = "kinderfeestjes-reserveringen-vervallen";

    public const string EraseJobId = "kinderfeestjes-gegevens-wissen";

    /// <summary>Every hold that is due expires (<see cref="PartyHolds.ExpireAsync"/>).</summary>
    public async Task<int> ExpireHoldsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var expired = await PartyHolds.ExpireAsync(db, clock.GetUtcNow(), 0, cancellationToken);
        if (expired > 0)
        {
            logger.LogInformation("Kids' parties: {Count} unconfirmed holds expired.", expired);
        }

        return expired;
    }

    /// <summary>Erases name, e-mail and phone of every booking whose party ended more than the retention period ago, whatever
    /// its state, and deletes the mails about it from the outbox. The booking itself (numbers, ages, state)
    /// stays for the figures.</summary>
    public async Task<int> EraseAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().ToUniversalTime();
        var before = now - retention.Value.PartyContact;
        var prefix = PartyMails.SubjectPrefix + "K";
        var erased = (await db.Database.SqlQuery<int>($"""
            WITH erased AS (
                UPDATE party_bookings b SET parent_name = NULL, email = NULL, phone = NULL, partner_message = NULL, erased_at = {now}
                FROM party_slots s
                WHERE s.id = b.party_slot_id AND b.erased_at IS NULL AND s.ends_at < {before}
                RETURNING b.id),
            mails AS (
                DELETE FROM outbox_emails o USING erased e WHERE o.subject LIKE {prefix} || e.id || ':%')
            SELECT count(*)::int AS "Value" FROM erased
            """).ToListAsync(cancellationToken))[0];
        if (erased > 0)
        {
            logger.LogInformation("Kids' parties: personal data of {Count} bookings erased.", erased);
        }

        return erased;
    }
}
