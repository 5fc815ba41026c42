using HoeWerktMijnStad.Web.Features.Accounts;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.MapRule;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>A month close as its own page: the confirmation step that names the month and the number of partners,
/// then the result (who left, with links) and, for 7 days, undoing it. Both posts answer on this page.</summary>
public partial class LeaderMonthClosePage
{
    [Inject] public required IDbContextFactory<AppDbContext> DbFactory { get; init; }
    [Inject] public required CurrentUser Me { get; init; }
    [Inject] public required MonthlyMapRule Rule { get; init; }
    [Inject] public required MonthCloses Closes { get; init; }
    [Inject] public required IStringLocalizer<MapRuleText> Text { get; init; }


    [Parameter] public string? Month { get; set; }

    [SupplyParameterFromForm(FormName = "afsluiten", Name = "Expected")] private int? Expected { get; set; }

    private MapMonth? Selected { get; set; }
    private MapMonthClose? Close { get; set; }
    private IReadOnlyList<ClosedPartner> Removed { get; set; } = [];
    private IReadOnlyList<RulePartner> Preview { get; set; } = [];
    private bool Exempt { get; set; }
    private FieldError? Refusal { get; set; }
    private FieldError? Error { get; set; }
    private bool JustClosed { get; set; }
    private RulePartner[]? Restored { get; set; }

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
            Refusal = Rule.Closable(month).FirstError;
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

        var outcome = await Closes.CloseAsync(month, Expected, (await Me.PrincipalAsync()));
        Error = outcome.FirstError;
        JustClosed = outcome.Succeeded;
        await LoadAsync(month);
    }

    private async Task UndoAsync()
    {
        if (Selected is not { } month)
        {
            return;
        }

        var outcome = await Closes.UndoAsync(month, (await Me.PrincipalAsync()));
        Error = outcome.FirstError;
        Restored = outcome.Value;
        await LoadAsync(month);
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
