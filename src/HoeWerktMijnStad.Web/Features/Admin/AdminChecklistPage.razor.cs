using HoeWerktMijnStad.Web.Features.Accounts;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Admin;

/// <summary>The standard checklist, edited by the programme leader: each item's text and "confirm on apply",
/// new items at the end of their side and phase, removal, and moving up or down. Bookings copy the list when
/// they are confirmed, so a change reaches only those confirmed later.</summary>
public sealed partial class AdminChecklistPage
{
    [Inject] public required CurrentUser Me { get; init; }


    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [SupplyParameterFromForm(FormName = "checklist-punt")]
    private ChecklistItemInput Input { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "checklist-volgorde")]
    private ChecklistOrderInput Order { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "punt")]
    private string? ItemIdText { get; set; }

    private int? ItemId => QueryValue.Number(ItemIdText);

    [SupplyParameterFromQuery(Name = "zijde")]
    private string? SideName { get; set; }

    [SupplyParameterFromQuery(Name = "fase")]
    private string? PhaseName { get; set; }

    private List<ChecklistTemplateItem> Items { get; set; } = [];

    private string? FormError { get; set; }

    private string? ListError { get; set; }

    private static string Where(ChecklistSide side, ChecklistPhase phase) => $"{BookingLabels.Of(side)}, {BookingLabels.Of(phase).ToLowerInvariant()}";

    private static string Anchor(ChecklistSide side, ChecklistPhase phase) => $"checklist-{side}-{phase}".ToLowerInvariant();

    protected override async Task OnInitializedAsync()
    {
        var posted = Input;
        Input ??= new();
        Order ??= new();
        await LoadAsync();
        if (posted is not null)
        {
            return;
        }

        if (ItemId is { } id && Items.FirstOrDefault(i => i.Id == id) is { } item)
        {
            Input = ChecklistItemInput.From(item);
            return;
        }

        if (Enum.TryParse<ChecklistSide>(SideName, ignoreCase: true, out var side) && Enum.IsDefined(side))
        {
            Input.Side = side;
        }

        if (Enum.TryParse<ChecklistPhase>(PhaseName, ignoreCase: true, out var phase) && Enum.IsDefined(phase))
        {
            Input.Phase = phase;
        }
    }

    private async Task LoadAsync()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        Items = await db.ChecklistTemplateItems.AsNoTracking()
            .OrderBy(i => i.Side).ThenBy(i => i.Phase).ThenBy(i => i.Position).ThenBy(i => i.Id)
            .ToListAsync();
    }

    private async Task SaveAsync(EditContext context)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        ChecklistTemplateItem? item = null;
        if (Input.Id != 0)
        {
            item = await db.ChecklistTemplateItems.SingleOrDefaultAsync(i => i.Id == Input.Id);
            if (item is null)
            {
                Gone();
                return;
            }

            // an item keeps its side and phase, whatever the post says
            (Input.Side, Input.Phase) = (item.Side, item.Phase);
        }

        var errors = Input.Check().ToList();
        if (errors.Count > 0)
        {
            var messages = new ValidationMessageStore(context);
            foreach (var (field, message) in errors)
            {
                messages.Add(context.Field(field), message);
            }

            context.NotifyValidationStateChanged();
            return;
        }

        var text = Input.CleanText;
        var user = await Me.PrincipalAsync();
        var confirm = (Input.ConfirmOnApply ? " (bevestigen bij aanvraag)" : "")
            + (Input.TicksOn is { } when ? $" (automatisch, {BookingLabels.Of(when)})" : "");
        string done;
        var argument = "";
        if (item is null)
        {
            var last = await db.ChecklistTemplateItems.Where(i => i.Side == Input.Side && i.Phase == Input.Phase).MaxAsync(i => (int?)i.Position) ?? 0;
            db.ChecklistTemplateItems.Add(new ChecklistTemplateItem
            {
                Side = Input.Side, Phase = Input.Phase, Position = last + 1, Text = text, ConfirmOnApply = Input.ConfirmOnApply, TicksOn = Input.TicksOn,
            });
            db.Record(user, "Checklistpunt toegevoegd", $"{Where(Input.Side, Input.Phase)}: {text}{confirm}");
            (done, argument) = ("ChecklistItemAdded", Where(Input.Side, Input.Phase));
        }
        else if (item.Text == text && item.ConfirmOnApply == Input.ConfirmOnApply && item.TicksOn == Input.TicksOn)
        {
            Flash.Notice<AdminText>("ChecklistUnchanged");
            Navigation.NavigateTo("/beheer/checklist");
            return;
        }
        else
        {
            var was = item.Text == text ? "" : $" (was: {item.Text})";
            (item.Text, item.ConfirmOnApply, item.TicksOn) = (text, Input.ConfirmOnApply, Input.TicksOn);
            db.Record(user, "Checklistpunt gewijzigd", $"{Where(item.Side, item.Phase)}: {text}{confirm}{was}");
            done = "ChecklistItemSaved";
        }

        if (!await db.TrySaveChangesAsync())
        {
            Gone();
            return;
        }

        Flash.Success<AdminText>(done, argument);
        Navigation.NavigateTo("/beheer/checklist");
    }

    /// <summary>The item was removed (in another window) while being edited: what was typed stays, to add anew.</summary>
    private void Gone()
    {
        Conflict();
        FormError = "Dit punt bestaat niet meer: het is intussen verwijderd. Je tekst staat er nog; voeg het punt opnieuw toe als dat de bedoeling is.";
        Input.Id = 0;
    }

    /// <summary>409, not 404: .NET 10 sends a component's 404 without a body (for the status code pages), and
    /// this answer must show the page with its message and what was typed.</summary>
    private void Conflict() => HttpContext!.Response.StatusCode = StatusCodes.Status409Conflict;

    private async Task ReorderAsync()
    {
        if (!Order.TryParse(out var verb, out var id))
        {
            ListError = "Kies bij een punt wat je wilt doen.";
            return;
        }

        await using var db = await DbFactory.CreateDbContextAsync();
        var item = await db.ChecklistTemplateItems.SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            Conflict();
            ListError = "Dit punt bestaat niet meer: het is intussen verwijderd.";
            return;
        }

        var siblings = await db.ChecklistTemplateItems.Where(i => i.Side == item.Side && i.Phase == item.Phase)
            .OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync();
        var index = siblings.IndexOf(item);
        var user = await Me.PrincipalAsync();
        var where = Where(item.Side, item.Phase);
        string done;
        object[] arguments;
        var anchor = "";
        switch (verb)
        {
            case "remove":
                siblings.RemoveAt(index);
                db.ChecklistTemplateItems.Remove(item);
                db.Record(user, "Checklistpunt verwijderd", $"{where}: {item.Text}");
                done = "ChecklistItemRemoved";
                arguments = [where];
                break;
            case "up" or "down":
                var to = verb == "up" ? index - 1 : index + 1;
                if (to < 0 || to >= siblings.Count)
                {
                    ListError = verb == "up" ? "Dit punt staat al bovenaan." : "Dit punt staat al onderaan.";
                    return;
                }

                (siblings[index], siblings[to]) = (siblings[to], siblings[index]);
                db.Record(user, "Checklistpunt verplaatst", $"{where}: naar plaats {to + 1}: {item.Text}");
                done = "ChecklistItemMoved";
                arguments = [to + 1, where];
                anchor = $"#{Anchor(item.Side, item.Phase)}";
                break;
            default:
                return;
        }

        // numbered again from 1, so that gaps and ties (two windows at once) do not last
        for (var k = 0; k < siblings.Count; k++)
        {
            siblings[k].Position = k + 1;
        }

        if (!await db.TrySaveChangesAsync())
        {
            ListError = "De checklist is intussen gewijzigd (in een ander venster). Bekijk hoe ze nu is en probeer het opnieuw.";
            await LoadAsync();
            return;
        }

        Flash.Success<AdminText>(done, arguments);
        Navigation.NavigateTo($"/beheer/checklist{anchor}");
    }
}
