using System.Linq.Expressions;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Bookings;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning;

/// <summary>The public side of the learning content. Only published items, unless the caller is the programme
/// leader looking at a draft (<c>withDrafts</c>), who then sees it marked as a draft.</summary>
public sealed class LearningQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int LettersOnOverview = 6;

    private static readonly Expression<Func<Lesson, LessonCard>> ToCard = l => new LessonCard(
        l.Slug, l.Title, l.Kind, l.Summary, l.Levels, l.GroupFrom, l.GroupTo, l.Theme, l.DurationMinutes, l.Attachment != null, l.PublishedAt != null);

    private static readonly Expression<Func<VirtualTour, TourCard>> ToTourCard = t => new TourCard(
        t.Slug, t.Title, t.Summary, t.Partner!.Name, t.Partner.Slug, t.Steps.Count,
        t.Steps.OrderBy(s => s.Position).Where(s => s.ImageId != null).Select(s => s.ImageId).FirstOrDefault(),
        t.Steps.OrderBy(s => s.Position).Where(s => s.ImageId != null).Select(s => s.Image!.AltText).FirstOrDefault(),
        t.PublishedAt != null);

    private static readonly Expression<Func<BestPractice, BestPracticeCard>> ToPracticeCard = b => new BestPracticeCard(
        b.Slug, b.Title, b.Summary, b.Partner != null ? b.Partner.Name : null, b.Partner != null ? b.Partner.Slug : null,
        b.PublishedAt, b.SourceEvaluationId != null);

    public async Task<LearningLine> LineAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lessons = await db.Lessons.AsNoTracking().Where(l => l.PublishedAt != null && l.Kind != LessonKind.LessonLetter)
            .OrderBy(l => l.GroupFrom).ThenBy(l => l.GroupTo).ThenBy(l => l.Title).Select(ToCard).ToListAsync(cancellationToken);
        var letters = db.Lessons.AsNoTracking().Where(l => l.PublishedAt != null && l.Kind == LessonKind.LessonLetter);
        var latest = await letters.OrderByDescending(l => l.PublishedAt).ThenBy(l => l.Title).Take(LettersOnOverview).Select(ToCard).ToListAsync(cancellationToken);
        var tours = await db.VirtualTours.AsNoTracking().Where(t => t.PublishedAt != null).OrderBy(t => t.Title).Select(ToTourCard).ToListAsync(cancellationToken);
        return new LearningLine(
            lessons.Where(l => l.Kind == LessonKind.PrimaryActivity).ToList(),
            lessons.Where(l => l.Kind == LessonKind.CareerOrientation).ToList(),
            latest,
            await letters.CountAsync(cancellationToken),
            tours,
            await db.BestPractices.CountAsync(b => b.PublishedAt != null, cancellationToken));
    }

    public async Task<List<LessonCard>> LessonLettersAsync(EducationLevel? level, Theme? theme, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var letters = db.Lessons.AsNoTracking().Where(l => l.PublishedAt != null && l.Kind == LessonKind.LessonLetter);
        if (level is { } l)
        {
            letters = letters.Where(x => x.Levels.Contains(l));
        }

        if (theme is { } t)
        {
            letters = letters.Where(x => x.Theme == t);
        }

        return await letters.OrderBy(x => x.Title).Select(ToCard).ToListAsync(cancellationToken);
    }

    /// <summary>A lesson letter (<paramref name="letter"/>) or a learning-line activity by its slug.</summary>
    public async Task<LessonDetail?> LessonAsync(string slug, bool letter, bool withDrafts, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Lessons.AsNoTracking()
            .Where(l => l.Slug == slug && (l.Kind == LessonKind.LessonLetter) == letter && (withDrafts || l.PublishedAt != null))
            .Select(l => new LessonDetail(
                l.Id,
                new LessonCard(l.Slug, l.Title, l.Kind, l.Summary, l.Levels, l.GroupFrom, l.GroupTo, l.Theme, l.DurationMinutes, l.Attachment != null, l.PublishedAt != null),
                l.LearningGoals, l.BodyMarkdown,
                l.Attachment == null ? null : new AttachmentInfo(l.Attachment.FileName, l.Attachment.SizeBytes),
                l.UpdatedAt))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The attachment's bytes, for a published lesson letter (or any, for the leader).</summary>
    public async Task<(string FileName, byte[] Bytes)?> AttachmentAsync(string slug, bool withDrafts, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Lessons.AsNoTracking()
            .Where(l => l.Slug == slug && l.Kind == LessonKind.LessonLetter && l.Attachment != null && (withDrafts || l.PublishedAt != null))
            .Select(l => new { l.Attachment!.FileName, l.Attachment.Bytes })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.FileName, found.Bytes);
    }

    public async Task<List<TourCard>> ToursAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.VirtualTours.AsNoTracking().Where(t => t.PublishedAt != null).OrderBy(t => t.Title).Select(ToTourCard).ToListAsync(cancellationToken);
    }

    public async Task<TourDetail?> TourAsync(string slug, bool withDrafts, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tour = await db.VirtualTours.AsNoTracking().Where(t => t.Slug == slug && (withDrafts || t.PublishedAt != null))
            .Select(t => new { Card = new TourCard(t.Slug, t.Title, t.Summary, t.Partner!.Name, t.Partner.Slug, t.Steps.Count, null, null, t.PublishedAt != null), t.IntroMarkdown, t.PartnerId, t.Id })
            .SingleOrDefaultAsync(cancellationToken);
        if (tour is null)
        {
            return null;
        }

        var steps = await db.TourSteps.AsNoTracking().Where(s => s.TourId == tour.Id).OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new TourStepView(s.Id, s.Title, s.TextMarkdown, s.ImageId, s.Image != null ? s.Image.AltText : null,
                s.Image != null ? s.Image.Width : 0, s.Image != null ? s.Image.Height : 0, s.VideoId))
            .ToListAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking().Bookable().Where(a => a.PartnerId == tour.PartnerId)
            .OrderBy(a => a.Title).Select(BookingQueries.ToBookable).ToListAsync(cancellationToken);
        return new TourDetail(tour.Id, tour.Card, tour.IntroMarkdown, tour.PartnerId, steps, activities);
    }

    public async Task<List<BestPracticeCard>> BestPracticesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.BestPractices.AsNoTracking().Where(b => b.PublishedAt != null)
            .OrderByDescending(b => b.PublishedAt).ThenBy(b => b.Title).Select(ToPracticeCard).ToListAsync(cancellationToken);
    }

    public async Task<BestPracticeDetail?> BestPracticeAsync(string slug, bool withDrafts, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.BestPractices.AsNoTracking().Where(b => b.Slug == slug && (withDrafts || b.PublishedAt != null))
            .Select(b => new BestPracticeDetail(b.Id, new BestPracticeCard(b.Slug, b.Title, b.Summary, b.Partner != null ? b.Partner.Name : null,
                b.Partner != null ? b.Partner.Slug : null, b.PublishedAt, b.SourceEvaluationId != null), b.BodyMarkdown))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
