using HoeWerktMijnStad.Web.Features.Accounts;
using System.Security.Claims;
using HoeWerktMijnStad.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using HoeWerktMijnStad.Web.Infrastructure.Flash;
using Microsoft.EntityFrameworkCore;

using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

namespace HoeWerktMijnStad.Web.Features.Content;

/// <summary>What the programme leader's content editors share (lessons, tours and their steps, best practices,
/// family videos): who is signed in, the form's context and its messages. The writes are the content type's
/// <see cref="ContentWrites{TItem, TInput, TFiles}"/>; a page reads, previews and says what happened.</summary>
public abstract class ContentEditorPage : ComponentBase
{
    [Inject]
    public required IDbContextFactory<AppDbContext> DbFactory { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required TimeProvider Clock { get; init; }

    /// <summary>What a save or a delete did, for the page the editor goes to next.</summary>
    [Inject]
    public required FlashMessages Flash { get; init; }

    [Inject]
    public required CurrentUser Me { get; init; }

    [CascadingParameter]
    protected HttpContext? HttpContext { get; set; }

    protected EditContext Context { get; set; } = default!;

    /// <summary>The preview was asked for: the page shows it, nothing is saved.</summary>
    protected bool Previewed { get; set; }

    protected bool IsPublished { get; set; }

    protected string? StoredSlug { get; set; }

    protected string StoredTitle { get; set; } = "";

    protected Task<ClaimsPrincipal> UserAsync() => Me.PrincipalAsync();

    /// <summary>Why there is nothing to edit, when the item asked for does not exist (any more).</summary>
    protected string? Missing { get; set; }

    /// <summary>The item asked for does not exist (any more): a 404, and the page says why.</summary>
    protected void AnswerNotFound(string message)
    {
        Missing = message;
        HttpContext!.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    protected bool HasError(string field) => Context.GetValidationMessages(new FieldIdentifier(Context.Model, field)).Any();

    /// <summary>Why the last post was refused, shown at the fields by <c>ServerErrors</c>; what was typed stays.</summary>
    protected IReadOnlyList<FieldError> Errors { get; private set; } = [];

    protected void Show(IEnumerable<FieldError> errors) => Errors = [.. errors];

    /// <summary>Every editor's submit: the preview saves nothing; delete or save through the content type's writes,
    /// then say what happened on the next page. Refused, the reasons stand at their fields.</summary>
    /// <param name="afterDelete">Where a deleted item's editor goes (the list).</param>
    /// <param name="afterSave">Where a saved item's editor goes (its own editor, by id).</param>
    /// <param name="alsoSay">What else a save says (a new tour's next step).</param>
    protected async Task SubmitContentAsync<TItem, TInput, TFiles>(ContentWrites<TItem, TInput, TFiles> writes, TInput input,
        string afterDelete, Func<int, string> afterSave, Action<ContentSaved>? alsoSay = null)
        where TItem : class, Data.Conventions.IPublishedContent
        where TInput : IContentInput
    {
        if (Missing is not null)
        {
            return;
        }

        if (input.Action == EditorAction.Preview)
        {
            Previewed = true;
            return;
        }

        var user = await UserAsync();
        if (input.Action == EditorAction.Delete && input.Id != 0)
        {
            await writes.DeleteAsync(input.Id, StoredTitle, user);
            Flash.Success<ContentText>("Removed", StoredTitle);
            Navigation.NavigateTo(afterDelete);
            return;
        }

        var outcome = await writes.SaveAsync(input, user);
        if (outcome.Value is not { } saved)
        {
            Show(outcome.Errors);
            return;
        }

        Flash.Success<ContentText>(saved.Done, saved.Title);
        alsoSay?.Invoke(saved);
        Navigation.NavigateTo(afterSave(saved.Id));
    }
}
