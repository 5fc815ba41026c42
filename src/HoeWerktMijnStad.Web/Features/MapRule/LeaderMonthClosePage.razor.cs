using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.MapRule;
using HoeWerktMijnStad.Web.Features.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>A month close as its own page: the confirmation step that names the month and the number of partners,
/// then the result (who left, with links) and, for 7 days, undoing it. Both posts answer on this page.</summary>
public partial class LeaderMonthClosePage
{
    [Inject] private IDbContextFactory<AppDbContext> DbFactory { get; set; } = default!;
    [Inject] private MonthlyMapRule Rule { get; set; } = default!;
    [Inject] private Bookings.BookingFollowUp FollowUp { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Parameter] public string? Month { get; set; }

    [SupplyParameterFromForm(FormName = "afsluiten", Name = "Expected")] private int? Expected { get; set; }

    private MapMonth? Selected { get; set; }
    private MapMonthClose? Close { get; set; }
    private IReadOnlyList<ClosedPartner> Removed { get; set; } = [];
    private IReadOnlyList<RulePartner> Preview { get; set; } = [];
    private bool Exempt { get; set; }
    private string? Refusal { get; set; }
    private string? Error { get; set; }
    private bool JustClosed { get; set; }
    private MonthUndoResult? Undone { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Selected = MapMonth.Parse(Month);
        if (Selected is not null)
        {
            await LoadAsync(Selected);
        }
    }

    private async Task LoadAsync(MapMonth month)
    {
        Close = await Rule.ClosedAsync(month);
        Removed = Close is null ? [] : await Rule.RemovedByCloseAsync(Close);
        Refusal = null;
        if (Close is null)
        {
            var current = MapMonth.Current(Clock);
            Refusal = Clock.GetUtcNow() < month.To ? $"{month.Name} is nog niet voorbij; een maand sluit je af vanaf de 1e van de maand erna."
                : month.First < current.Previous.First ? $"{month.Name} ligt te ver terug: alleen de vorige maand kan worden afgesloten."
                : null;
            Preview = Refusal is null ? await Rule.PreviewAsync(month) : [];
            await using var db = await DbFactory.CreateDbContextAsync();
            Exempt = await MonthlyMapRule.IsExemptAsync(db, month);
        }
    }

    private async Task CloseAsync()
    {
        if (Selected is not { } month)
        {
            return;
        }

        var user = (await AuthenticationState!).User;
        var (id, name) = await LeaderActor.OfAsync(DbFactory, user);
        // the month's last visits first: a visit on its last day counts once it is completed
        await FollowUp.CompleteAsync();
        var preview = await Rule.PreviewAsync(month);
        if (Expected is { } expected && expected != preview.Count)
        {
            Error = $"Er is intussen iets veranderd: nu {(preview.Count == 1 ? "gaat 1 partner" : $"gaan {preview.Count} partners")} van de kaart in plaats van {expected}. Kijk de lijst na en bevestig opnieuw.";
            await LoadAsync(month);
            return;
        }

        var result = await Rule.CloseAsync(month, id, name);
        if (!result.Done)
        {
            Error = result.Refusal;
            await LoadAsync(month);
            return;
        }

        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            db.Record(user, "Kaartregel: maand afgesloten", $"{month.Name}: {result.Removed.Count} van de kaart");
            await db.SaveChangesAsync();
        }

        JustClosed = true;
        await LoadAsync(month);
    }

    private async Task UndoAsync()
    {
        if (Selected is not { } month)
        {
            return;
        }

        var user = (await AuthenticationState!).User;
        var (id, name) = await LeaderActor.OfAsync(DbFactory, user);
        var result = await Rule.UndoCloseAsync(month, id, name);
        if (!result.Done)
        {
            Error = result.Refusal;
            await LoadAsync(month);
            return;
        }

        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            db.Record(user, "Kaartregel: afsluiting ongedaan gemaakt", $"{month.Name}: {result.Restored.Count} weer op de kaart");
            await db.SaveChangesAsync();
        }

        Undone = result;
        await LoadAsync(month);
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
