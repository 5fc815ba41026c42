using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>A free slot as the activity page and the form show it.</summary>
public sealed record FreeSlot(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int FreePupils, int FreeGroups);

/// <summary>The teacher who applies: the booking belongs to their school.</summary>
public sealed record Applicant(string UserId, string Name, int SchoolId);

/// <summary>Turns a valid application into a booking. Capacity holds under any number of simultaneous
/// requests: the slot's counters rise only in one conditional UPDATE (PostgreSQL re-checks its WHERE on the
/// locked, newest row), and a check constraint refuses any count above the capacity (ADR 0009).</summary>
public sealed class BookingRequests(IDbContextFactory<AppDbContext> dbFactory, BookingMails mails, TimeProvider clock)
{
    public const string NotBookable = "ApplicationNotBookable", SlotTaken = "ApplicationSlotTaken", AlreadySent = "ApplicationAlreadySent",
        FormUsed = "ApplicationFormUsed";

    public async Task<BookableActivity?> FindActivityAsync(int activityId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await FindActivityAsync(db, activityId, cancellationToken);
    }

    private static Task<BookableActivity?> FindActivityAsync(AppDbContext db, int activityId, CancellationToken cancellationToken) =>
        db.Activities.AsNoTracking().Bookable().Where(a => a.Id == activityId)
            .Select(BookingQueries.ToBookable).SingleOrDefaultAsync(cancellationToken);

    public async Task<List<FreeSlot>> FreeSlotsAsync(int activityId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Slots.AsNoTracking().Free(EarliestStart(clock.GetUtcNow())).Where(s => s.ActivityId == activityId)
            .OrderBy(s => s.StartsAt).Select(BookingQueries.ToFreeSlot).ToListAsync(cancellationToken);
    }

    /// <summary>The school's named classes, to say which one goes (for its skills passport).</summary>
    public async Task<List<(int Id, string Name)>> ClassesAsync(int schoolId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await db.SchoolClasses.AsNoTracking().Where(c => c.SchoolId == schoolId).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.Name)).ToList();
    }

    /// <summary>The school's checklist items a teacher confirms in the form.</summary>
    public async Task<List<ChecklistTemplateItem>> ConfirmOnApplyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ConfirmOnApplyAsync(db, cancellationToken);
    }

    private static Task<List<ChecklistTemplateItem>> ConfirmOnApplyAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.ChecklistTemplateItems.AsNoTracking().Where(i => i.ConfirmOnApply).OrderBy(i => i.Position).ToListAsync(cancellationToken);

    /// <returns>The booking's id; a form sent twice answers with the booking the first made.</returns>
    public async Task<Outcome<int>> SubmitAsync(int activityId, ApplicationInput input, Applicant teacher, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ExistingAsync(db, input.RequestKey, teacher, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        // one context for the checks and the booking: a request costs as few round trips as it can
        var activity = await FindActivityAsync(db, activityId, cancellationToken);
        if (activity is null)
        {
            return Outcome.Refused(NotBookable);
        }

        var confirmItems = await ConfirmOnApplyAsync(db, cancellationToken);
        var errors = input.Check(activity, confirmItems.Select(i => i.Id).ToList(), AmsterdamTime.Now(clock)).ToList();
        if (input.ClassId is { } classId && !await db.SchoolClasses.AnyAsync(c => c.Id == classId && c.SchoolId == teacher.SchoolId, cancellationToken))
        {
            errors.Add(new FieldError(nameof(ApplicationInput.ClassId), "ClassNotOfSchool"));
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var earliest = EarliestStart(now);
        var booking = new Booking
        {
            RequestKey = input.RequestKey,
            ActivityId = activity.Id,
            PartnerId = activity.PartnerId,
            SchoolId = teacher.SchoolId,
            TeacherId = teacher.UserId,
            State = BookingState.Requested,
            Level = input.Level,
            ClassYear = input.ClassYear,
            ClassId = input.ClassId,
            Pupils = input.Pupils,
            Adults = input.Adults,
            LearningGoals = (input.LearningGoals ?? "").Trim(),
            SpecialNeeds = (input.SpecialNeeds ?? "").Trim(),
            Travel = input.Travel,
            DayPhone = (input.DayPhone ?? "").Trim(),
            AppliedConfirmations = confirmItems.Select(i => i.Text).ToList(),
            CreatedAt = now,
        };
        booking.History.Add(new BookingEvent { At = now, ActorId = teacher.UserId, ActorName = teacher.Name, What = "Aanvraag ingediend" });

        // a slot's times never change (a partner closes a slot and adds another): read them before its row is locked
        var slotTimes = activity.Mode == BookingMode.FixedSlots
            ? await db.Slots.AsNoTracking().Where(s => s.Id == input.SlotId).Select(s => new { s.StartsAt, s.EndsAt }).SingleOrDefaultAsync(cancellationToken)
            : null;

        // the insert is the transaction's last statement but one; on failure the whole transaction rolls back
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (activity.Mode == BookingMode.FixedSlots)
        {
            var slotId = input.SlotId!.Value;
            var pupils = input.Pupils;
            var held = await db.Slots
                .Where(s => s.Id == slotId && s.ActivityId == activity.Id && !s.Closed && s.StartsAt >= earliest
                    && s.BookedPupils + pupils <= s.CapacityPupils && s.BookedGroups + 1 <= s.CapacityGroups)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.BookedPupils, x => x.BookedPupils + pupils)
                    .SetProperty(x => x.BookedGroups, x => x.BookedGroups + 1), cancellationToken);
            if (held == 0 || slotTimes is null)
            {
                // a second click of the same form waits on the slot row and finds it full of its own booking
                await transaction.RollbackAsync(cancellationToken);
                if (await ExistingAsync(db, input.RequestKey, teacher, cancellationToken) is { } made)
                {
                    return made;
                }

                return new FieldError(nameof(ApplicationInput.SlotId), SlotTaken);
            }

            (booking.SlotId, booking.StartsAt, booking.EndsAt) = (slotId, slotTimes.StartsAt, slotTimes.EndsAt);
        }
        else
        {
            booking.DateOptions = input.DateOptions().Order()
                .Select(AmsterdamTime.ToInstant).ToList();
        }

        db.Bookings.Add(booking);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // the same form posted twice at the same instant: the other post made the booking
            await transaction.RollbackAsync(cancellationToken);
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await ExistingAsync(fresh, input.RequestKey, teacher, cancellationToken)
                ?? Outcome.Refused(AlreadySent);
        }

        mails.Requested(db, await BookingFacts.LoadAsync(db, booking.Id, cancellationToken),
            AnswerBefore(now, booking.StartsAt ?? booking.DateOptions.Min()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return booking.Id;
    }

    /// <summary>The partner answers a request before the earlier of 5 working days after it and 2 working days
    /// before the first proposed date; unanswered by then, it expires.</summary>
    public static DateTimeOffset AnswerBefore(DateTimeOffset requestedAt, DateTimeOffset? firstDate)
    {
        var inFiveDays = WorkingDays.Add(requestedAt, AnswerWorkingDays);
        return firstDate is { } first && WorkingDays.Subtract(first, DaysBeforeVisit) is var beforeVisit && beforeVisit < inFiveDays ? beforeVisit : inFiveDays;
    }

    public const int AnswerWorkingDays = 5;
    public const int DaysBeforeVisit = 2;

    /// <summary>The earliest start a school can ask for now: one that leaves the partner at least one working day to
    /// answer before the deadline 2 working days before the visit.</summary>
    public static DateTimeOffset EarliestStart(DateTimeOffset now) => WorkingDays.Add(now, 1 + DaysBeforeVisit);

    private static async Task<Outcome<int>?> ExistingAsync(AppDbContext db, Guid requestKey, Applicant teacher, CancellationToken cancellationToken)
    {
        var existing = await db.Bookings.AsNoTracking().Where(b => b.RequestKey == requestKey)
            .Select(b => new { b.Id, b.TeacherId }).SingleOrDefaultAsync(cancellationToken);
        return existing is null
            ? null
            : existing.TeacherId == teacher.UserId
                ? existing.Id
                : Outcome.Refused(FormUsed);
    }
}
