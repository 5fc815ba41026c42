using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>The programme leader closes a month by hand, and undoes a close: the rule's own close and undo, plus the
/// confirmation's check that the number the leader saw still holds, and the audit line.</summary>
public sealed class MonthCloses(IDbContextFactory<AppDbContext> dbFactory, MonthlyMapRule rule, BookingFollowUp followUp)
{
    public const string ChangedMeanwhile = "CloseChangedMeanwhile";

    /// <param name="expected">The number of partners the confirmation named; a different number now is refused.</param>
    /// <returns>The partners it took off the map.</returns>
    public async Task<Outcome<RulePartner[]>> CloseAsync(MapMonth month, int? expected, ClaimsPrincipal leader, CancellationToken cancellationToken = default)
    {
        var (id, name) = await LeaderActor.OfAsync(dbFactory, leader);
        // the month's last visits first: a visit on its last day counts once it is completed
        await followUp.CompleteAsync(cancellationToken);
        if (expected is { } seen && (await rule.PreviewAsync(month, cancellationToken)).Count is var now && now != seen)
        {
            return Outcome.Refused(ChangedMeanwhile, now, seen);
        }

        var outcome = await rule.CloseAsync(month, id, name, cancellationToken);
        if (outcome.Succeeded)
        {
            await RecordAsync(leader, "Kaartregel: maand afgesloten", $"{month.Name}: {outcome.Value!.Length} van de kaart", cancellationToken);
        }

        return outcome;
    }

    /// <returns>The partners that came back.</returns>
    public async Task<Outcome<RulePartner[]>> UndoAsync(MapMonth month, ClaimsPrincipal leader, CancellationToken cancellationToken = default)
    {
        var (id, name) = await LeaderActor.OfAsync(dbFactory, leader);
        var outcome = await rule.UndoCloseAsync(month, id, name, cancellationToken);
        if (outcome.Succeeded)
        {
            await RecordAsync(leader, "Kaartregel: afsluiting ongedaan gemaakt", $"{month.Name}: {outcome.Value!.Length} weer op de kaart", cancellationToken);
        }

        return outcome;
    }

    private async Task RecordAsync(ClaimsPrincipal leader, string action, string subject, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Record(leader, action, subject);
        await db.SaveChangesAsync(cancellationToken);
    }
}
