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

    [CascadingParameter]
    protected Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter]
    protected HttpContext? HttpContext { get; set; }

    protected EditContext Context { get; set; } = default!;

    /// <summary>The preview was asked for: the page shows it, nothing is saved.</summary>
    protected bool Previewed { get; set; }

    protected bool IsPublished { get; set; }

    protected string? StoredSlug { get; set; }

    protected string StoredTitle { get; set; } = "";

    protected async Task<ClaimsPrincipal> UserAsync() => (await AuthenticationState!).User;

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
}
