using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>Past visits for the demo: two completed visits of the demo teacher's class to the demo partner,
/// waiting for both evaluations, and three visits of other schools with the school's evaluation sent, so the
/// partner's dashboard and public page show an average. Added once, when the demo teacher has no bookings.</summary>
public static class DemoVisits
{
    private static readonly string[] Comments =
    [
        "De monteurs lieten alles zelf zien en doen.",
        "Goede veiligheidsuitleg; de leerlingen waren enthousiast.",
        "Mooie rondleiding, de opdracht erna werkte goed.",
    ];

    public static async Task EnsureAsync(AppDbContext db, TimeProvider clock, string teacherId, int schoolId, int partnerId, CancellationToken cancellationToken = default)
    {
        if (await db.Bookings.AnyAsync(b => b.TeacherId == teacherId, cancellationToken))
        {
            return;
        }

        var activity = await db.Activities.Where(a => a.PartnerId == partnerId && a.Type != ActivityType.KidsParty).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.DurationMinutes, a.MaxGroupSize }).FirstOrDefaultAsync(cancellationToken);
        var otherSchools = await db.Schools.Where(s => s.Id != schoolId).OrderBy(s => s.Id).Select(s => s.Id).Take(3).ToListAsync(cancellationToken);
        if (activity is null)
        {
            return;
        }

        var template = await db.ChecklistTemplateItems.AsNoTracking().ToListAsync(cancellationToken);
        var today = AmsterdamTime.Today(clock);
        (int School, string? Teacher, int DaysAgo, int? Mark, string WentWell)[] visits =
        [
            (schoolId, teacherId, 3, null, ""),
            (schoolId, teacherId, 17, null, ""),
            .. otherSchools.Select((id, i) => (id, (string?)null, 24 + (7 * i), (int?)(7 + (i % 3)),
                Comments[i % Comments.Length])),
        ];
        foreach (var visit in visits)
        {
            var start = AmsterdamTime.ToInstant(today.AddDays(-visit.DaysAgo), new TimeOnly(10, 0));
            var booking = new Booking
            {
                RequestKey = Guid.NewGuid(), ActivityId = activity.Id, PartnerId = partnerId, SchoolId = visit.School, TeacherId = visit.Teacher,
                DateOptions = [start], StartsAt = start, EndsAt = start.AddMinutes(activity.DurationMinutes), State = BookingState.Completed,
                Level = EducationLevel.Vmbo, ClassYear = 3, Pupils = Math.Min(22, activity.MaxGroupSize), Adults = 2, DayPhone = "020 123 4567",
                Travel = TravelMode.PublicTransport, LearningGoals = "Hoe werkt een warmtepomp, en wat doet een monteur op een dag?",
                CreatedAt = start.AddDays(-14), CompletedAt = start.AddDays(1), EvaluationRequestedAt = start.AddDays(1), Sequence = 1,
            };
            booking.Checklist.AddRange(template.Select(i => new BookingChecklistItem
            {
                Side = i.Side, Phase = i.Phase, Position = i.Position, Text = i.Text,
                DoneAt = i.Phase == ChecklistPhase.After ? null : start.AddDays(-1), DoneBy = i.Phase == ChecklistPhase.After ? null : "Demo",
            }));
            booking.History.AddRange(
                new BookingEvent { At = booking.CreatedAt, ActorName = "Demo Docent", What = "Aanvraag ingediend" },
                new BookingEvent { At = booking.CreatedAt.AddDays(1), ActorName = "Demo Partnerredacteur", What = "Bevestigd" },
                new BookingEvent { At = booking.CompletedAt!.Value, ActorName = "Hoe Werkt Mijn Stad", What = "Uitgevoerd" });
            if (visit.Mark is { } mark)
            {
                booking.Evaluations.Add(new Evaluation
                {
                    Side = ChecklistSide.School, Preparation = 4, Content = 5, LearningGoalsFit = 4, Organisation = 4, Mark = mark, MetExpectations = true,
                    WentWell = visit.WentWell, CouldBeBetter = "Iets meer tijd voor vragen.", BestPracticeConsent = mark >= 8,
                    AuthorName = "Docent", UpdatedAt = start.AddDays(2), SentAt = start.AddDays(2),
                });
            }

            db.Bookings.Add(booking);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
