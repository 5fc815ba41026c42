using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>Saves and deletes best practices; one made from an evaluation needs its writer's consent still.</summary>
public sealed class BestPracticeWrites(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
    : ContentWrites<BestPractice, BestPracticeInput, bool>(dbFactory, clock)
{
    public const string NoConsent = nameof(NoConsent);

    protected override string AuditNoun => "Goed voorbeeld";

    protected override string GoneCode => "PracticeGone";

    protected override DbSet<BestPractice> Items(AppDbContext db) => db.BestPractices;

    protected override BestPractice Create(string slug) => new() { Slug = slug, Title = "" };

    protected override async Task<(List<FieldError> Errors, bool Files)> CheckAsync(AppDbContext db, BestPracticeInput input, CancellationToken cancellationToken)
    {
        var errors = input.Check().ToList();
        if (input.SourceEvaluationId is { } source && !await BestPracticeDrafts.ConsentedAsync(db, source))
        {
            errors.Add(FieldError.Form(NoConsent));
        }

        if (input.PartnerId is { } partnerId && !await db.Partners.AnyAsync(p => p.Id == partnerId, cancellationToken))
        {
            errors.Add(new FieldError(nameof(BestPracticeInput.PartnerId), ContentCodes.PartnerGone));
        }

        return (errors, false);
    }

    protected override Task ApplyAsync(AppDbContext db, BestPractice practice, BestPracticeInput input, string slug, bool files, DateTimeOffset now, CancellationToken cancellationToken)
    {
        input.ApplyTo(practice, slug, now);
        return Task.CompletedTask;
    }
}
