using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>A partner's evaluations by the schools it received: the averages its dashboard shows.</summary>
public sealed record EvaluationSummary(int Count, double? Mark, double? Preparation, double? Content, double? LearningGoalsFit, double? Organisation,
    int MetExpectations, IReadOnlyList<EvaluationComment> Comments);

public sealed record EvaluationComment(DateTimeOffset SentAt, string School, string Activity, int Mark, string WentWell, string CouldBeBetter);

/// <summary>The standard evaluation: one per side per completed visit, a draft until sent, read-only after.
/// Partners read the schools' evaluations of their visits; the public page shows the average mark from three
/// evaluations on; the programme leader reads all and marks best-practice candidates (with consent only).</summary>
public sealed class BookingEvaluations(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The public page shows an average only from this many evaluations on.</summary>
    public const int PublicFrom = 3;

    public async Task<Evaluation?> FindAsync(int bookingId, ChecklistSide side, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Evaluations.AsNoTracking().SingleOrDefaultAsync(e => e.BookingId == bookingId && e.Side == side, cancellationToken);
    }

    public async Task<IReadOnlyList<(string Field, string Message)>> SaveAsync(int bookingId, BookingActor actor, EvaluationInput input, CancellationToken cancellationToken = default)
    {
        var errors = input.Check().ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var state = await db.Bookings.Where(b => b.Id == bookingId).Select(b => (BookingState?)b.State).SingleOrDefaultAsync(cancellationToken);
        if (state != BookingState.Completed)
        {
            return [("", "Een evaluatie kan alleen over een uitgevoerd bezoek.")];
        }

        var evaluation = await db.Evaluations.SingleOrDefaultAsync(e => e.BookingId == bookingId && e.Side == actor.Side, cancellationToken);
        if (evaluation?.SentAt is not null)
        {
            return [("", "Deze evaluatie is al verstuurd en kan niet meer veranderen.")];
        }

        if (evaluation is null)
        {
            evaluation = new Evaluation { BookingId = bookingId, Side = actor.Side };
            db.Evaluations.Add(evaluation);
        }

        var now = clock.GetUtcNow();
        (evaluation.Preparation, evaluation.Content, evaluation.LearningGoalsFit, evaluation.Organisation) =
            (input.Preparation, input.Content, input.LearningGoalsFit, input.Organisation);
        evaluation.Mark = input.Mark;
        evaluation.WentWell = input.WentWell?.Trim() ?? "";
        evaluation.CouldBeBetter = input.CouldBeBetter?.Trim() ?? "";
        evaluation.MetExpectations = input.MetExpectations;
        evaluation.BestPracticeConsent = input.BestPracticeConsent;
        (evaluation.AuthorId, evaluation.AuthorName, evaluation.UpdatedAt) = (actor.UserId, actor.Name, now);
        if (input.Send)
        {
            evaluation.SentAt = now;
            db.BookingEvents.Add(new BookingEvent { BookingId = bookingId, At = now, ActorId = actor.UserId, ActorName = actor.Name,
                What = $"Evaluatie {BookingLabels.Of(actor.Side).ToLowerInvariant()} verstuurd (cijfer {input.Mark})" });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (input.Send)
            {
                await BookingWorkflow.TickAutomaticAsync(db, bookingId, ChecklistEvent.EvaluationSent, actor.Side, now, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // the same side's first draft saved twice at once: the other save won
            return [("", "Je evaluatie is intussen in een ander venster opgeslagen. Open de pagina opnieuw.")];
        }

        return [];
    }

    /// <summary>The schools' sent evaluations of a partner's visits.</summary>
    public async Task<EvaluationSummary> ForPartnerAsync(int partnerId, int comments = 10, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sent = db.Evaluations.AsNoTracking().Where(e => e.Side == ChecklistSide.School && e.SentAt != null && e.Booking!.PartnerId == partnerId);
        var totals = await sent.GroupBy(_ => 1).Select(g => new
        {
            Count = g.Count(),
            Mark = g.Average(e => (double?)e.Mark),
            Preparation = g.Average(e => (double?)e.Preparation),
            Content = g.Average(e => (double?)e.Content),
            Fit = g.Average(e => (double?)e.LearningGoalsFit),
            Organisation = g.Average(e => (double?)e.Organisation),
            Met = g.Count(e => e.MetExpectations == true),
        }).SingleOrDefaultAsync(cancellationToken);
        var latest = await sent.OrderByDescending(e => e.SentAt).Take(comments)
            .Select(e => new EvaluationComment(e.SentAt!.Value, e.Booking!.School!.Name, e.Booking.Activity!.Title, e.Mark!.Value, e.WentWell, e.CouldBeBetter))
            .ToListAsync(cancellationToken);
        return totals is null
            ? new EvaluationSummary(0, null, null, null, null, null, 0, [])
            : new EvaluationSummary(totals.Count, totals.Mark, totals.Preparation, totals.Content, totals.Fit, totals.Organisation, totals.Met, latest);
    }

    /// <summary>The average mark the public partner page shows, or null below <see cref="PublicFrom"/> evaluations.</summary>
    public async Task<(double Mark, int Count)?> PublicMarkAsync(int partnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var marks = await db.Evaluations.AsNoTracking()
            .Where(e => e.Side == ChecklistSide.School && e.SentAt != null && e.Booking!.PartnerId == partnerId)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Mark = g.Average(e => (double)e.Mark!.Value) })
            .SingleOrDefaultAsync(cancellationToken);
        return marks is { Count: >= PublicFrom } ? (marks.Mark, marks.Count) : null;
    }

    /// <summary>The programme leader marks (or unmarks) a sent, consented evaluation as a best-practice candidate.</summary>
    public async Task<bool> MarkCandidateAsync(int evaluationId, bool candidate, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Evaluations.Where(e => e.Id == evaluationId && e.SentAt != null && e.BestPracticeConsent)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.BestPracticeCandidate, candidate), cancellationToken) == 1;
    }
}
