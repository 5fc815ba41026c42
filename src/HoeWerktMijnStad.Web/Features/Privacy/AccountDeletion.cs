using System.Security.Claims;
using System.Text;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Privacy;

/// <summary>Why an account goes: its owner asked (with the password), or it was unused after a warning.</summary>
public enum DeletionReason
{
    OwnRequest,
    Inactive,
}

/// <summary>Which account, and for an own request the password that confirms it.</summary>
public sealed record AccountDeletionInput(string UserId, DeletionReason Reason, string? Password = null);

public enum AccountDeletionOutcome
{
    Deleted,
    NotFound,
    WrongPassword,

    /// <summary>The only programme leader: the site would have nobody to run it.</summary>
    LastProgrammeLeader,

    /// <summary>Someone else's account, or an inactive one that signed in after all.</summary>
    NotAllowed,
}

/// <summary>Deletes an account, for its owner on /account and for the inactive-account job alike (ADR 0019). In one
/// transaction: the name the account left in booking history, checklists, evaluations, offers, the map rule's
/// history and the audit log becomes "verwijderd account"; mails to its address leave the outbox; the account row
/// goes, and with it (by the schema's cascades) roles, editor links and tokens, while bookings and requests stay the
/// school's (their foreign keys are set null). One line in the audit log says that an account went, not whose.</summary>
public sealed class AccountDeletion(IDbContextFactory<AppDbContext> dbFactory, UserManager<AppUser> users, TimeProvider clock, ILogger<AccountDeletion> logger)
{
    public const string DeletedName = "verwijderd account";

    /// <summary>The acting user of the retention job.</summary>
    public static readonly ClaimsPrincipal System = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "Hoe Werkt Mijn Stad (bewaartermijn)")], "system"));

    public async Task<AccountDeletionOutcome> DeleteAsync(AccountDeletionInput input, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(input.UserId);
        if (user is null)
        {
            return AccountDeletionOutcome.NotFound;
        }

        if (input.Reason == DeletionReason.OwnRequest)
        {
            if (actor.FindFirstValue(ClaimTypes.NameIdentifier) != user.Id)
            {
                return AccountDeletionOutcome.NotAllowed;
            }

            if (string.IsNullOrEmpty(input.Password) || !await users.CheckPasswordAsync(user, input.Password))
            {
                return AccountDeletionOutcome.WrongPassword;
            }
        }
        else if (!ReferenceEquals(actor, System))
        {
            return AccountDeletionOutcome.NotAllowed;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var id = user.Id;

        // every programme leader's role row is locked, so two leaders deleting themselves at once cannot both pass
        var leaderRole = Roles.All.Single(r => r.Name == Roles.ProgrammeLeader).Id;
        var leaders = await db.Database.SqlQuery<string>($"SELECT user_id AS \"Value\" FROM asp_net_user_roles WHERE role_id = {leaderRole} FOR UPDATE")
            .ToListAsync(cancellationToken);
        var isLeader = leaders.Contains(id);
        if (isLeader && leaders.Count == 1)
        {
            return AccountDeletionOutcome.LastProgrammeLeader;
        }

        if (input.Reason == DeletionReason.Inactive)
        {
            // the account row is locked too: a sign-in between the job's query and this moment keeps the account
            var stillInactive = await db.Database.SqlQuery<bool>($"""
                SELECT (inactivity_warned_at IS NOT NULL AND coalesce(last_sign_in_at, created_at) < inactivity_warned_at) AS "Value"
                FROM asp_net_users WHERE id = {id} FOR UPDATE
                """).SingleAsync(cancellationToken);
            if (!stillInactive)
            {
                return AccountDeletionOutcome.NotAllowed;
            }
        }

        await ForgetNameAsync(db, id, user.Email, user.DisplayName, isLeader, cancellationToken);
        await db.Users.Where(u => u.Id == id).ExecuteDeleteAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorEmail = input.Reason == DeletionReason.OwnRequest ? DeletedName : actor.Identity!.Name!,
            Action = "Account verwijderd",
            Subject = input.Reason == DeletionReason.OwnRequest ? "op eigen verzoek" : "niet gebruikt na de waarschuwing",
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Account deleted ({Reason}).", input.Reason);
        return AccountDeletionOutcome.Deleted;
    }

    /// <summary>Names and addresses are copied into lines that outlive the account (history must read as it
    /// happened); those copies are replaced, the lines stay.</summary>
    private static async Task ForgetNameAsync(AppDbContext db, string id, string? email, string displayName, bool isLeader, CancellationToken cancellationToken)
    {
        var name = DeletedName;
        var database = db.Database;
        await database.ExecuteSqlAsync($"UPDATE booking_events SET actor_name = {name} WHERE actor_id = {id}", cancellationToken);
        await database.ExecuteSqlAsync($"UPDATE booking_checklist_items SET done_by = {name} WHERE done_by_id = {id}", cancellationToken);
        await database.ExecuteSqlAsync($"UPDATE booking_messages SET author_name = {name} WHERE author_id = {id}", cancellationToken);
        await database.ExecuteSqlAsync($"UPDATE evaluations SET author_name = {name} WHERE author_id = {id}", cancellationToken);
        await database.ExecuteSqlAsync($"UPDATE demand_offers SET author_name = {name} WHERE author_id = {id} AND author_name <> ''", cancellationToken);
        await database.ExecuteSqlAsync($"UPDATE map_status_changes SET actor_name = {name} WHERE actor_id = {id}", cancellationToken);
        await database.ExecuteSqlAsync($"UPDATE partner_exemptions SET granted_by_name = {name} WHERE granted_by_id = {id}", cancellationToken);
        await database.ExecuteSqlAsync($"UPDATE audit_entries SET actor_email = {name} WHERE actor_id = {id}", cancellationToken);
        if (isLeader && displayName.Length > 0)
        {
            // a month close keeps only the leader's name (no id); only leaders close months
            await database.ExecuteSqlAsync($"UPDATE map_month_closes SET closed_by = {name} WHERE closed_by = {displayName}", cancellationToken);
        }

        if (!string.IsNullOrEmpty(email))
        {
            // lines about the account ("Account geblokkeerd", "Redacteur uitgenodigd") name it by its address, in any case
            var pattern = CaseInsensitiveLiteral(email);
            await database.ExecuteSqlAsync($"""
                UPDATE audit_entries SET subject = regexp_replace(subject, {pattern}, {name}, 'gi')
                WHERE strpos(lower(subject), lower({email})) > 0
                """, cancellationToken);
            // a kids' party's mails belong to that booking (parents book without an account) and go with its own erasure
            var partyMails = Family.Parties.PartyMails.SubjectPrefix + "K%";
            await database.ExecuteSqlAsync($"DELETE FROM outbox_emails WHERE lower(to_address) = lower({email}) AND subject NOT LIKE {partyMails}", cancellationToken);
        }
    }

    /// <summary>The address as a PostgreSQL regular expression that matches it literally: every character that is
    /// not a letter or digit is escaped (in an ARE a backslash before any such character makes it literal).</summary>
    private static string CaseInsensitiveLiteral(string text)
    {
        var pattern = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                pattern.Append('\\');
            }

            pattern.Append(c);
        }

        return pattern.ToString();
    }
}
