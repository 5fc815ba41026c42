using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Conventions;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Content;

/// <summary>What every content form has: the item's id (0 for a new one), its title and web name, and which
/// button was pressed (<see cref="EditorAction"/>).</summary>
public interface IContentInput
{
    int Id { get; }

    string? Title { get; }

    string? Slug { get; }

    string? Action { get; }
}

/// <summary>What a save did: the item's id, its title, and the <see cref="ContentText"/> key that says it.</summary>
public sealed record ContentSaved(int Id, string Title, string Done);

/// <summary>The one save pipeline of the programme leader's content (ADR 0023): the form's checks and the type's
/// own, a web name that is free, the item loaded or added, the input and its files applied, an audit line, and one
/// transaction. A unique index decides a web name taken at the same moment. A content type adds only its fields:
/// its set, its checks, how its input and files apply, and the noun of its audit lines.</summary>
/// <typeparam name="TFiles">What the type's checks read from uploads, for <see cref="ApplyAsync"/>.</typeparam>
public abstract class ContentWrites<TItem, TInput, TFiles>(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
    where TItem : class, IPublishedContent
    where TInput : IContentInput
{
    /// <summary>The item in audit lines: "Les", "Rondleiding".</summary>
    protected abstract string AuditNoun { get; }

    /// <summary>The code said when the item was deleted while it was being edited.</summary>
    protected abstract string GoneCode { get; }

    protected abstract DbSet<TItem> Items(AppDbContext db);

    protected abstract TItem Create(string slug);

    /// <summary>The form's own checks, the type's (a partner that exists), and its uploads read and checked.</summary>
    protected abstract Task<(List<FieldError> Errors, TFiles Files)> CheckAsync(AppDbContext db, TInput input, CancellationToken cancellationToken);

    /// <summary>Puts the input and the files on the item, in the save's transaction.</summary>
    protected abstract Task ApplyAsync(AppDbContext db, TItem item, TInput input, string slug, TFiles files, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The item in the audit line of a save, when it says more than <see cref="AuditNoun"/>.</summary>
    protected virtual string AuditNounOf(TItem item) => AuditNoun;

    /// <summary>The partner an audit line belongs to, if any.</summary>
    protected virtual int? PartnerOf(TItem item) => null;

    /// <summary>Loads the item to change; a type whose item holds large files leaves them out.</summary>
    protected virtual Task<TItem?> LoadAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        Items(db).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    /// <summary>Removes the item and what is its alone; by default its dependents go by cascade.</summary>
    protected virtual Task RemoveAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        Items(db).Where(i => i.Id == id).ExecuteDeleteAsync(cancellationToken);

    public async Task<Outcome<ContentSaved>> SaveAsync(TInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (errors, files) = await CheckAsync(db, input, cancellationToken);
        var slug = EditorAction.SlugOf(input.Slug, input.Title ?? "");
        if (errors.Count == 0 && slug.Length == 0)
        {
            errors.Add(new FieldError(nameof(IContentInput.Slug), ContentCodes.NoSlug));
        }

        if (errors.Count == 0 && await Items(db).Where(i => i.Slug == slug && i.Id != input.Id).Select(i => i.Title).FirstOrDefaultAsync(cancellationToken) is { } other)
        {
            errors.Add(new FieldError(nameof(IContentInput.Slug), ContentCodes.SlugTaken, slug, other));
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var item = input.Id == 0 ? null : await LoadAsync(db, input.Id, cancellationToken);
        if (input.Id != 0 && item is null)
        {
            return Outcome.Refused(GoneCode);
        }

        var wasPublished = item?.IsPublished ?? false;
        item ??= Items(db).Add(Create(slug)).Entity;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ApplyAsync(db, item, input, slug, files, clock.GetUtcNow(), cancellationToken);
        db.Record(user, $"{AuditNounOf(item)} {(item.IsPublished ? "gepubliceerd" : "opgeslagen als concept")}", item.Title, PartnerOf(item));
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            // the unique web name, taken in between; or the item, deleted in between
            return input.Id != 0 && !await Items(db).AnyAsync(i => i.Id == input.Id, cancellationToken)
                ? Outcome.Refused(GoneCode)
                : new FieldError(nameof(IContentInput.Slug), ContentCodes.SlugJustTaken, slug);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ContentSaved(item.Id, item.Title, EditorAction.Done(input.Action, wasPublished));
    }

    /// <summary>Deletes the item with its audit line in one transaction; deleting one already gone does nothing more.</summary>
    public async Task DeleteAsync(int id, string title, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RemoveAsync(db, id, cancellationToken);
        db.Record(user, $"{AuditNoun} verwijderd", title);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
