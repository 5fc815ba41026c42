using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Features.Privacy;

/// <summary>Accounts nobody uses are not kept for ever: after Retention:InactiveAccountDays (2 years) without a sign-in the
/// owner gets a mail, and Retention:DeleteAfterWarningDays (30) later the account is deleted unless they signed in
/// since (a sign-in clears the warning, see <see cref="SignInTracking"/>). The only programme leader is never warned
/// nor deleted.</summary>
public sealed class InactiveAccounts(IDbContextFactory<AppDbContext> dbFactory, AccountDeletion deletion, SiteMail mail, TimeProvider clock,
    IOptions<RetentionOptions> options, ILogger<InactiveAccounts> logger)
{
    private static readonly string LeaderRole = Roles.All.Single(r => r.Name == Roles.ProgrammeLeader).Id;

    /// <summary>Marks every account unused for the period as warned and queues its mail, in one transaction: a
    /// second run finds them warned and sends nothing again.</summary>
    public async Task<int> WarnAsync(CancellationToken cancellationToken = default)
    {
        var retention = options.Value;
        var now = clock.GetUtcNow().ToUniversalTime();
        var unusedSince = now - retention.InactiveAccount;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var warned = await db.Database.SqlQuery<Warned>($"""
            UPDATE asp_net_users u SET inactivity_warned_at = {now}
            WHERE u.inactivity_warned_at IS NULL AND u.email IS NOT NULL
              AND coalesce(u.last_sign_in_at, u.created_at) < {unusedSince}
              AND NOT EXISTS (SELECT 1 FROM asp_net_user_roles r WHERE r.user_id = u.id AND r.role_id = {LeaderRole}
                  AND NOT EXISTS (SELECT 1 FROM asp_net_user_roles o WHERE o.role_id = r.role_id AND o.user_id <> u.id))
            RETURNING u.email AS "Email", u.display_name AS "Name"
            """).ToListAsync(cancellationToken);
        var deleteOn = Infrastructure.Time.AmsterdamTime.Today(clock).AddDays(retention.DeleteAfterWarningDays);
        await mail.QueueAllAsync(db, warned.Select(w => (w.Email, w.Name, Warning(w.Name, retention, deleteOn))), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return warned.Count;
    }

    /// <summary>Deletes every warned account without a sign-in since the warning, once the warning is old enough,
    /// through <see cref="AccountDeletion"/> (the same rules and transaction as a deletion on /account).</summary>
    public async Task<int> DeleteAsync(CancellationToken cancellationToken = default)
    {
        var warnedBefore = clock.GetUtcNow().ToUniversalTime() - options.Value.DeleteAfterWarning;
        List<string> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Users.Where(u => u.InactivityWarnedAt != null && u.InactivityWarnedAt < warnedBefore
                    && (u.LastSignInAt ?? u.CreatedAt) < u.InactivityWarnedAt)
                .Select(u => u.Id).ToListAsync(cancellationToken);
        }

        var deleted = 0;
        foreach (var id in due)
        {
            var outcome = await deletion.DeleteAsync(new AccountDeletionInput(id, DeletionReason.Inactive), AccountDeletion.System, cancellationToken);
            if (outcome == AccountDeletionOutcome.Deleted)
            {
                deleted++;
            }
            else
            {
                logger.LogWarning("Inactive account {UserId} not deleted: {Outcome}.", id, outcome);
            }
        }

        return deleted;
    }

    private MailContent Warning(string name, RetentionOptions retention, DateOnly deleteOn) => new(
        "Je account bij Hoe Werkt Mijn Stad wordt binnenkort verwijderd",
        name.Length > 0 ? $"Hallo {name}," : "Hallo,",
        [
            $"Je hebt al {RetentionOptions.Words(retention.InactiveAccountDays)} niet ingelogd bij Hoe Werkt Mijn Stad. We bewaren je gegevens niet langer dan nodig, daarom verwijderen we je account op of na {Components.Shared.Dates.Day(deleteOn)}.",
            "Wil je je account houden? Log dan voor die datum in met de knop hieronder. Meer hoef je niet te doen.",
            "Doe je niets, dan verwijderen we je account. Boekingen en vragen van je school blijven bestaan, maar je naam wordt daarin vervangen door 'verwijderd account'.",
        ],
        "Inloggen en je account houden", mail.Link("/inloggen"));

    private sealed record Warned(string Email, string Name);
}
