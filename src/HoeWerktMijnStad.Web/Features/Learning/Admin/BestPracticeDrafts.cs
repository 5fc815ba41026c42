using System.Text;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>"Maak er een goed voorbeeld van": a draft from an evaluation whose author consented. It names the
/// school, the partner and the activity, and quotes what the author wrote; never the author's or the teacher's
/// name (the consent covers the evaluation, not a name), and a class is only a level, a year and a count. A partner's
/// evaluation leaves the school, the class and the date out: only the school can consent to those.</summary>
public static class BestPracticeDrafts
{
    /// <summary>Whether an evaluation may feed a best practice: sent, and its author said yes.</summary>
    public static Task<bool> ConsentedAsync(AppDbContext db, int evaluationId) =>
        db.Evaluations.AnyAsync(e => e.Id == evaluationId && e.SentAt != null && e.BestPracticeConsent);

    /// <summary>The pre-filled form, or null when the evaluation is not there or not consented.</summary>
    public static async Task<BestPracticeInput?> FromEvaluationAsync(AppDbContext db, int evaluationId)
    {
        var source = await db.Evaluations.AsNoTracking()
            .Where(e => e.Id == evaluationId && e.SentAt != null && e.BestPracticeConsent)
            .Select(e => new
            {
                e.Side, e.Mark, e.WentWell, e.CouldBeBetter, e.Booking!.PartnerId, Partner = e.Booking.Partner!.Name, School = e.Booking.School!.Name,
                Activity = e.Booking.Activity!.Title, e.Booking.Activity.Type, e.Booking.Level, e.Booking.ClassYear, e.Booking.Pupils, e.Booking.StartsAt,
            })
            .SingleOrDefaultAsync();
        if (source is null)
        {
            return null;
        }

        // the consent is the author's: a partner's evaluation says nothing of the school (its name, the class, the
        // date that would identify it) that the school did not agree to
        var bySchool = source.Side == ChecklistSide.School;
        var visitors = bySchool ? $"Een klas van {source.School} ({BookingLabels.Class(source.Level, source.ClassYear)}, {source.Pupils} leerlingen)" : "Een klas";
        var body = new StringBuilder();
        body.Append("## Het bezoek\n\n")
            .Append(Dates.Dutch, $"{visitors} kwam bij {source.Partner} voor '{source.Activity}' ({Labels.Of(source.Type).ToLowerInvariant()})")
            .Append(bySchool && source.StartsAt is { } at ? $" op {LearningLabels.Day(at)}" : "")
            .Append(Dates.Dutch, $". {(bySchool ? "De school" : "Het bedrijf")} gaf het bezoek een {source.Mark}.\n\n");
        if (source.WentWell.Length > 0)
        {
            body.Append("## Wat goed ging\n\n").Append(Quote(source.WentWell)).Append("\n\n");
        }

        if (source.CouldBeBetter.Length > 0)
        {
            body.Append("## Wat nog beter kan\n\n").Append(Quote(source.CouldBeBetter)).Append("\n\n");
        }

        body.Append("## Tips voor een volgend bezoek\n\n- \n");
        return new BestPracticeInput
        {
            Title = $"{source.Activity} bij {source.Partner}",
            Summary = $"Hoe {(bySchool ? $"een klas van {source.School}" : "een klas")} op bezoek ging bij {source.Partner}, en wat anderen ervan kunnen leren.",
            BodyMarkdown = body.ToString(),
            PartnerId = source.PartnerId,
            SourceEvaluationId = evaluationId,
        };
    }

    /// <summary>The author's words as a Markdown quote, line by line.</summary>
    private static string Quote(string text) =>
        string.Join('\n', text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(line => "> " + line));
}
