using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>Saves and deletes virtual tours; a tour's steps go with it, and their photos, which are theirs alone.</summary>
public sealed class TourWrites(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
    : ContentWrites<VirtualTour, TourInput, bool>(dbFactory, clock)
{
    protected override string AuditNoun => "Rondleiding";

    protected override string GoneCode => "TourGone";

    protected override DbSet<VirtualTour> Items(AppDbContext db) => db.VirtualTours;

    protected override VirtualTour Create(string slug) => new() { Slug = slug, Title = "" };

    protected override int? PartnerOf(VirtualTour item) => item.PartnerId;

    protected override async Task<(List<FieldError> Errors, bool Files)> CheckAsync(AppDbContext db, TourInput input, CancellationToken cancellationToken)
    {
        var errors = input.Check().ToList();
        if (errors.Count == 0 && !await db.Partners.AnyAsync(p => p.Id == input.PartnerId, cancellationToken))
        {
            errors.Add(new FieldError(nameof(TourInput.PartnerId), ContentCodes.PartnerGone));
        }

        return (errors, false);
    }

    protected override Task ApplyAsync(AppDbContext db, VirtualTour tour, TourInput input, string slug, bool files, DateTimeOffset now, CancellationToken cancellationToken)
    {
        input.ApplyTo(tour, slug, now);
        return Task.CompletedTask;
    }

    protected override async Task RemoveAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        var images = await db.TourSteps.Where(s => s.TourId == id && s.ImageId != null).Select(s => s.ImageId!.Value).ToListAsync(cancellationToken);
        await db.VirtualTours.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken);
        await db.LearningImages.Where(i => images.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
