using HoeWerktMijnStad.Web.Features.Accounts;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.MapRule;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Web.Infrastructure.Flash;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>The programme leader's view of the rule: this month at a glance, a month close with its preview,
/// holiday months and personal exemptions. Every change is in the audit log.</summary>
public partial class LeaderMapRulePage
{
    [Inject] public required IDbContextFactory<AppDbContext> DbFactory { get; init; }
    [Inject] public required CurrentUser Me { get; init; }
    [Inject] public required MonthlyMapRule Rule { get; init; }
    [Inject] public required MapRuleExceptions Exceptions { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required FlashMessages Flash { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required IOptions<MapRuleOptions> Options { get; init; }


    [SupplyParameterFromQuery(Name = "maand")] private string? MonthQuery { get; set; }

    [SupplyParameterFromForm(FormName = "vakantiemaand")] private HolidayInput Holiday { get; set; } = default!;
    [SupplyParameterFromForm(FormName = "vakantiemaand-weg")] private RemoveInput RemoveHoliday { get; set; } = default!;
    [SupplyParameterFromForm(FormName = "vrijstelling")] private ExemptionInput Exemption { get; set; } = default!;
    [SupplyParameterFromForm(FormName = "vrijstelling-weg")] private RemoveInput RemoveExemption { get; set; } = default!;

    private int WarningDay => Options.Value.WarningDay;
    private MapMonth Current { get; set; } = default!;
    private MapMonth Selected { get; set; } = default!;
    private bool SelectedOver => Clock.GetUtcNow() >= Selected.To;
    private bool SelectedExempt { get; set; }
    private MapMonthClose? SelectedClose { get; set; }
    private IReadOnlyList<RulePartner> Preview { get; set; } = [];
    private List<MapExemptMonth> Holidays { get; set; } = [];
    private List<(int Id, string Partner, MapMonth Month, string Reason)> Exemptions { get; set; } = [];
    private List<(int Id, string Name)> Partners { get; set; } = [];
    private IReadOnlyList<FieldError> HolidayErrors { get; set; } = [];
    private IReadOnlyList<FieldError> ExemptionErrors { get; set; } = [];

    public sealed class RemoveInput
    {
        public int? Id { get; set; }
    }

    protected override async Task OnInitializedAsync()
    {
        Holiday ??= new();
        RemoveHoliday ??= new();
        Exemption ??= new() { Month = MapMonth.Current(Clock).ToString() };
        RemoveExemption ??= new();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        Current = MapMonth.Current(Clock);
        Selected = MapMonth.Parse(MonthQuery) ?? Current.Previous;
        SelectedClose = await Rule.ClosedAsync(Selected);
        Preview = SelectedClose is null ? await Rule.PreviewAsync(Selected) : [];
        await using var db = await DbFactory.CreateDbContextAsync();
        SelectedExempt = await MonthlyMapRule.IsExemptAsync(db, Selected);
        Holidays = await db.MapExemptMonths.AsNoTracking().OrderBy(m => m.Year).ThenBy(m => m.Month).ToListAsync();
        var current = Current.First;
        Exemptions = (await db.PartnerExemptions.AsNoTracking().Where(e => e.Month >= current).OrderBy(e => e.Month)
                .Select(e => new { e.Id, e.Partner!.Name, e.Month, e.Reason }).ToListAsync())
            .Select(e => (e.Id, e.Name, new MapMonth(e.Month), e.Reason)).ToList();
        Partners = (await db.Partners.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync())
            .Select(p => (p.Id, p.Name)).ToList();
    }

    private void Done(string done, params object[] arguments)
    {
        Flash.Success<MapRuleText>(done, arguments);
        Navigation.NavigateTo("/beheer/kaartregel");
    }

    private async Task AddHolidayAsync()
    {
        var outcome = await Exceptions.AddHolidayAsync(Holiday, (await Me.PrincipalAsync()));
        if (outcome.Succeeded)
        {
            Done("HolidayAdded", outcome.Value!);
            return;
        }

        HolidayErrors = outcome.Errors;
        await LoadAsync();
    }

    private async Task RemoveHolidayAsync()
    {
        var removed = await Exceptions.RemoveHolidayAsync(RemoveHoliday.Id, (await Me.PrincipalAsync()));
        if (removed is null)
        {
            Done("HolidayAlreadyRemoved");
        }
        else
        {
            Done("HolidayRemoved", removed);
        }
    }

    private async Task AddExemptionAsync()
    {
        var outcome = await Exceptions.GrantAsync(Exemption, (await Me.PrincipalAsync()));
        if (outcome.Value is { } granted)
        {
            Done(granted.BackOnMap ? "ExemptionGrantedBack" : "ExemptionGranted", granted.Partner, granted.Month);
            return;
        }

        ExemptionErrors = outcome.Errors;
        await LoadAsync();
    }

    private async Task RemoveExemptionAsync()
    {
        if (await Exceptions.WithdrawAsync(RemoveExemption.Id, (await Me.PrincipalAsync())) is { } withdrawn)
        {
            Done("ExemptionWithdrawn", withdrawn.Partner, withdrawn.Month);
        }
        else
        {
            Done("ExemptionAlreadyWithdrawn");
        }
    }

    private static string HolidayName(int? year, int month) => MapRuleExceptions.HolidayName(year, month);

    private static string MonthName(int month) => MapRuleExceptions.MonthName(month);
}
