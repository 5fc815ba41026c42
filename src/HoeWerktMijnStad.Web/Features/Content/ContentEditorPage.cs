using System.Security.Claims;
using HoeWerktMijnStad.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using HoeWerktMijnStad.Web.Infrastructure.Flash;
using Microsoft.EntityFrameworkCore;

using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.Extensions.Localization;

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

    /// <summary>The editors' words for what a save did and why it was refused.</summary>
    [Inject]
    public required IStringLocalizer<ContentText> Text { get; init; }

    /// <summary>Shows the reasons at their fields (an empty field name: above the form); what was typed stays.</summary>
    protected void Show(IEnumerable<FieldError> errors)
    {
        var messages = new ValidationMessageStore(Context);
        foreach (var error in errors)
        {
            messages.Add(new FieldIdentifier(Context.Model, error.Field), Text.Say(error));
        }

        Context.NotifyValidationStateChanged();
    }
}
