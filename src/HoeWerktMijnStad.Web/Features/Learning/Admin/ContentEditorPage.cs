using System.Security.Claims;
using HoeWerktMijnStad.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using HoeWerktMijnStad.Web.Infrastructure.Flash;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>What the programme leader's content editors share (lessons, tours and their steps, best practices,
/// family videos): the database, the clock, who is signed in, the form's context and its messages.</summary>
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

    /// <summary>Shows the messages at their fields (an empty field name: above the form); what was typed stays.</summary>
    protected void Show(IEnumerable<(string Field, string Message)> errors)
    {
        var messages = new ValidationMessageStore(Context);
        foreach (var (field, message) in errors)
        {
            messages.Add(new FieldIdentifier(Context.Model, field), message);
        }

        Context.NotifyValidationStateChanged();
    }
}
