using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Agenda;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Agenda;

/// <summary>Signing up for an event of the agenda (ADR 0025). With an account the place is taken at once; with a name
/// and an e-mail address only after the link in the mail is followed, as for kids' parties. Every step that takes or
/// gives back a place first locks the event's row, so parallel sign-ups queue and never overbook (the check
/// constraint on <c>registered</c> is the last word); a place given up goes to the first on the waiting list, in the
/// same transaction, with a mail.</summary>
public sealed class AgendaSignUps(IDbContextFactory<AppDbContext> dbFactory, AgendaMails mails, AgendaLinks links, TimeProvider clock)
{
    public const string NotFound = "EventNotFound";
    public const string Started = "EventStarted";
    public const string AlreadySignedUp = "AlreadySignedUp";
    public const string NotPossibleNow = "SignUpNotPossibleNow";
    public const string Cancelled = "EventCancelled";

    /// <summary>Signs up someone with an account (userId) or a name and address (null userId: confirmed by mail).</summary>
    public async Task<Outcome<EventSignUpState>> SignUpAsync(int eventId, string name, string email, string? userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var facts = await LockEventAsync(db, eventId, cancellationToken);
        if (facts is null)
        {
            return Outcome.Refused(NotFound);
        }

        var now = clock.GetUtcNow();
        if (facts.StartsAt <= now)
        {
            return Outcome.Refused(Started);
        }

        if (facts.CancelledAt is not null)
        {
            return Outcome.Refused(Cancelled);
        }

        var signUp = new EventSignUp
        {
            EventId = eventId,
            UserId = userId,
            Name = name.Trim(),
            Email = email.Trim().ToLowerInvariant(),
            State = EventSignUpState.Unconfirmed,
            CreatedAt = now,
        };
        db.EventSignUps.Add(signUp);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            await transaction.RollbackAsync(cancellationToken);
            return Outcome.Refused(AlreadySignedUp);
        }

        if (userId is null)
        {
            mails.ConfirmAddress(db, signUp, facts);
        }
        else
        {
            await PlaceAsync(db, signUp, facts, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return signUp.State;
    }

    /// <summary>The sign-up behind a mailed link, with its event, or null for an unknown link.</summary>
    public async Task<(EventSignUp SignUp, EventFacts Event, int? Position)?> FindAsync(string? token, CancellationToken cancellationToken = default) =>
        links.Read(token) is { } id ? await FindByIdAsync(id, cancellationToken) : null;

    /// <summary>A signed-in person's live sign-up for an event, or null.</summary>
    public async Task<(EventSignUp SignUp, EventFacts Event, int? Position)?> FindForUserAsync(int eventId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var id = await db.EventSignUps.Where(s => s.EventId == eventId && s.UserId == userId && s.State != EventSignUpState.Cancelled)
            .Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : await FindByIdAsync(id.Value, cancellationToken);
    }

    public string TokenFor(int signUpId) => links.TokenFor(signUpId);

    /// <summary>Confirms a sign-up without an account through the link in the mail: a place, or the waiting list.</summary>
    public Task<Outcome<EventSignUpState>> ConfirmAsync(string token, CancellationToken cancellationToken = default) =>
        ChangeAsync(links.Read(token), null, async (db, signUp, facts) =>
        {
            if (signUp.State != EventSignUpState.Unconfirmed)
            {
                return signUp.State; // a second click: nothing changes
            }

            await PlaceAsync(db, signUp, facts, cancellationToken);
            return signUp.State;
        }, cancellationToken);

    /// <summary>Gives up a sign-up (by its link, or by the signed-in person who made it). A confirmed place goes to the
    /// first on the waiting list, who is mailed; with nobody waiting it becomes free.</summary>
    public Task<Outcome<EventSignUpState>> CancelAsync(int signUpId, string? userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(signUpId, userId, async (db, signUp, facts) =>
        {
            if (signUp.State == EventSignUpState.Cancelled)
            {
                return Outcome.Refused(NotPossibleNow);
            }

            var hadPlace = signUp.State == EventSignUpState.Registered;
            var wasLive = signUp.State != EventSignUpState.Unconfirmed;
            signUp.State = EventSignUpState.Cancelled;
            if (hadPlace)
            {
                await MoveUpAsync(db, facts, cancellationToken);
            }

            if (wasLive)
            {
                mails.Cancelled(db, signUp, facts, hadPlace);
            }

            return signUp.State;
        }, cancellationToken);

    public Task<Outcome<EventSignUpState>> CancelAsync(string token, CancellationToken cancellationToken = default) =>
        links.Read(token) is { } id ? CancelAsync(id, null, cancellationToken) : Task.FromResult<Outcome<EventSignUpState>>(Outcome.Refused(NotFound));

    private async Task<(EventSignUp, EventFacts, int?)?> FindByIdAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var signUp = await db.EventSignUps.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (signUp is null || await EventFacts.FindAsync(db, signUp.EventId, cancellationToken) is not { } facts)
        {
            return null;
        }

        return (signUp, facts, signUp.State == EventSignUpState.Waiting ? await PositionAsync(db, signUp, cancellationToken) : null);
    }

    private async Task<Outcome<EventSignUpState>> ChangeAsync(int? signUpId, string? userId,
        Func<AppDbContext, EventSignUp, EventFacts, Task<Outcome<EventSignUpState>>> change, CancellationToken cancellationToken)
    {
        if (signUpId is null)
        {
            return Outcome.Refused(NotFound);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var eventId = await db.EventSignUps.Where(s => s.Id == signUpId).Select(s => (int?)s.EventId).SingleOrDefaultAsync(cancellationToken);
        if (eventId is null)
        {
            return Outcome.Refused(NotFound);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var facts = await LockEventAsync(db, eventId.Value, cancellationToken);
        var signUp = await db.EventSignUps.SingleAsync(s => s.Id == signUpId, cancellationToken);
        if (facts is null || (userId is not null && signUp.UserId != userId))
        {
            return Outcome.Refused(NotFound);
        }

        if (facts.StartsAt <= clock.GetUtcNow())
        {
            return Outcome.Refused(Started);
        }

        if (facts.CancelledAt is not null)
        {
            return Outcome.Refused(Cancelled);
        }

        var outcome = await change(db, signUp, facts);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>Locks the event's row until the transaction ends, then reads it: every sign-up, confirmation and
    /// cancellation of one event happens one after the other, each seeing the counts the previous one left.</summary>
    internal static async Task<EventFacts?> LockEventAsync(AppDbContext db, int eventId, CancellationToken cancellationToken)
    {
        var locked = await db.Database.SqlQuery<int>($"SELECT id AS \"Value\" FROM network_events WHERE id = {eventId} FOR UPDATE").ToListAsync(cancellationToken);
        return locked.Count == 0 ? null : await EventFacts.FindAsync(db, eventId, cancellationToken);
    }

    /// <summary>Takes a place if one is free (one conditional UPDATE, as on slots), else puts the sign-up on the waiting list.</summary>
    private async Task PlaceAsync(AppDbContext db, EventSignUp signUp, EventFacts facts, CancellationToken cancellationToken)
    {
        signUp.ConfirmedAt = clock.GetUtcNow();
        var taken = await db.NetworkEvents.Where(e => e.Id == facts.Id && e.Registered < e.Capacity)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.Registered, x => x.Registered + 1), cancellationToken);
        if (taken == 1)
        {
            signUp.State = EventSignUpState.Registered;
            mails.Placed(db, signUp, facts, fromWaitingList: false);
            return;
        }

        signUp.State = EventSignUpState.Waiting;
        signUp.WaitingTurn = (await db.EventSignUps.Where(s => s.EventId == facts.Id).MaxAsync(s => s.WaitingTurn, cancellationToken) ?? 0) + 1;
        await db.SaveChangesAsync(cancellationToken);
        mails.Waiting(db, signUp, facts, await PositionAsync(db, signUp, cancellationToken));
    }

    /// <summary>After the capacity grew (under the event's row lock): the first on the waiting list take the new places
    /// in turn, each mailed the invitation. Returns the sign-ups that moved up.</summary>
    internal async Task<IReadOnlyList<int>> FillFreePlacesAsync(AppDbContext db, EventFacts facts, CancellationToken cancellationToken)
    {
        var free = facts.Capacity - facts.Registered;
        if (free <= 0)
        {
            return [];
        }

        var next = await db.EventSignUps.Where(s => s.EventId == facts.Id && s.State == EventSignUpState.Waiting)
            .OrderBy(s => s.WaitingTurn).Take(free).ToListAsync(cancellationToken);
        if (next.Count == 0)
        {
            return [];
        }

        await db.NetworkEvents.Where(e => e.Id == facts.Id)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.Registered, x => x.Registered + next.Count), cancellationToken);
        foreach (var signUp in next)
        {
            signUp.State = EventSignUpState.Registered;
            mails.Placed(db, signUp, facts, fromWaitingList: true);
        }

        return next.Select(s => s.Id).ToList();
    }

    /// <summary>A place was given up: the first on the waiting list gets it, or it becomes free.</summary>
    private async Task MoveUpAsync(AppDbContext db, EventFacts facts, CancellationToken cancellationToken)
    {
        var next = await db.EventSignUps.Where(s => s.EventId == facts.Id && s.State == EventSignUpState.Waiting)
            .OrderBy(s => s.WaitingTurn).FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            await db.NetworkEvents.Where(e => e.Id == facts.Id)
                .ExecuteUpdateAsync(e => e.SetProperty(x => x.Registered, x => x.Registered - 1), cancellationToken);
            return;
        }

        next.State = EventSignUpState.Registered;
        mails.Placed(db, next, facts, fromWaitingList: true);
    }

    private static Task<int> PositionAsync(AppDbContext db, EventSignUp signUp, CancellationToken cancellationToken) =>
        db.EventSignUps.CountAsync(s => s.EventId == signUp.EventId && s.State == EventSignUpState.Waiting
            && s.WaitingTurn <= signUp.WaitingTurn, cancellationToken);
}
