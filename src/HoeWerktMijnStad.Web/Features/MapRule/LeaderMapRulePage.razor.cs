using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.MapRule;
using HoeWerktMijnStad.Web.Features.Audit;
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
    [Inject] private IDbContextFactory<AppDbContext> DbFactory { get; set; } = default!;
    [Inject] private MonthlyMapRule Rule { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private FlashMessages Flash { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IOptions<MapRuleOptions> Options { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

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
    private EditContext HolidayContext { get; set; } = default!;
    private EditContext ExemptionContext { get; set; } = default!;

    public sealed class HolidayInput
    {
        public int Month { get; set; } = 7;
        public int? Year { get; set; }
        public string? Reason { get; set; }
    }

    public sealed class RemoveInput
    {
        public int? Id { get; set; }
    }

    public sealed class ExemptionInput
    {
        public int? PartnerId { get; set; }
        public string? Month { get; set; }
        public string? Reason { get; set; }
    }

    protected override async Task OnInitializedAsync()
    {
        Holiday ??= new();
        RemoveHoliday ??= new();
        Exemption ??= new() { Month = MapMonth.Current(Clock).ToString() };
        RemoveExemption ??= new();
        HolidayContext = new EditContext(Holiday);
        ExemptionContext = new EditContext(Exemption);
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

    private async Task<(string? Id, string Name, ClaimsPrincipal User)> LeaderAsync()
    {
        var user = (await AuthenticationState!).User;
        var (id, name) = await LeaderActor.OfAsync(DbFactory, user);
        return (id, name, user);
    }

    private void Done(string done, params object[] arguments)
    {
        Flash.Success<MapRuleText>(done, arguments);
        Navigation.NavigateTo("/beheer/kaartregel");
    }

    private async Task AddHolidayAsync()
    {
        var messages = new ValidationMessageStore(HolidayContext);
        var reason = Holiday.Reason?.Trim() ?? "";
        if (Holiday.Month is < 1 or > 12 || Holiday.Year is < 2020 or > 2100 || reason.Length > 200)
        {
            messages.Add(HolidayContext.Field(nameof(HolidayInput.Month)), "Kies een maand, een jaar tussen 2020 en 2100 (of leeg voor elk jaar) en een reden van hoogstens 200 tekens.");
            HolidayContext.NotifyValidationStateChanged();
            await LoadAsync();
            return;
        }

        var (_, _, user) = await LeaderAsync();
        await using var db = await DbFactory.CreateDbContextAsync();
        if (await db.MapExemptMonths.AnyAsync(m => m.Month == Holiday.Month && m.Year == Holiday.Year))
        {
            messages.Add(HolidayContext.Field(nameof(HolidayInput.Month)), "Die vakantiemaand staat er al.");
            HolidayContext.NotifyValidationStateChanged();
            await LoadAsync();
            return;
        }

        db.MapExemptMonths.Add(new MapExemptMonth { Month = Holiday.Month, Year = Holiday.Year, Reason = reason });
        var label = HolidayName(Holiday.Year, Holiday.Month);
        db.Record(user, "Kaartregel: vakantiemaand toegevoegd", label);
        await db.SaveChangesAsync();
        Done("HolidayAdded", label);
    }

    private async Task RemoveHolidayAsync()
    {
        var (_, _, user) = await LeaderAsync();
        await using var db = await DbFactory.CreateDbContextAsync();
        if (await db.MapExemptMonths.SingleOrDefaultAsync(m => m.Id == RemoveHoliday.Id) is not { } holiday)
        {
            Done("HolidayAlreadyRemoved");
            return;
        }

        db.MapExemptMonths.Remove(holiday);
        db.Record(user, "Kaartregel: vakantiemaand verwijderd", HolidayName(holiday.Year, holiday.Month));
        await db.SaveChangesAsync();
        Done("HolidayRemoved", HolidayName(holiday.Year, holiday.Month));
    }

    private async Task AddExemptionAsync()
    {
        var messages = new ValidationMessageStore(ExemptionContext);
        var reason = Exemption.Reason?.Trim() ?? "";
        var month = MapMonth.Parse(Exemption.Month);
        if (Exemption.PartnerId is null)
        {
            messages.Add(ExemptionContext.Field(nameof(ExemptionInput.PartnerId)), "Kies de partner die vrijstelling krijgt.");
        }

        if (month is null)
        {
            messages.Add(ExemptionContext.Field(nameof(ExemptionInput.Month)), "Kies de maand van de vrijstelling.");
        }

        if (reason.Length is < 3 or > 500)
        {
            messages.Add(ExemptionContext.Field(nameof(ExemptionInput.Reason)), "Schrijf een reden van 3 tot 500 tekens; de partner leest die.");
        }

        await using var db = await DbFactory.CreateDbContextAsync();
        var partner = Exemption.PartnerId is { } partnerId ? await db.Partners.SingleOrDefaultAsync(p => p.Id == partnerId) : null;
        if (month is not null && partner is not null && await db.PartnerExemptions.AnyAsync(e => e.PartnerId == partner.Id && e.Month == month.First))
        {
            messages.Add(ExemptionContext.Field(nameof(ExemptionInput.Month)), $"{partner.Name} heeft al vrijstelling voor {month.Name}.");
        }

        if (ExemptionContext.GetValidationMessages().Any() || partner is null || month is null)
        {
            ExemptionContext.NotifyValidationStateChanged();
            await LoadAsync();
            return;
        }

        var (id, name, user) = await LeaderAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.PartnerExemptions.Add(new PartnerExemption { PartnerId = partner.Id, Month = month.First, Reason = reason, GrantedById = id, GrantedByName = name, At = Clock.GetUtcNow() });
        db.Record(user, "Kaartregel: vrijstelling gegeven", $"{month.Name}: {reason}", partner);
        // for a month already closed: the partner it took off the map comes back
        var back = await Rule.ExemptAfterCloseAsync(db, partner.Id, month, id, name);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        Done(back ? "ExemptionGrantedBack" : "ExemptionGranted", partner.Name, month.Name);
    }

    private async Task RemoveExemptionAsync()
    {
        var (_, _, user) = await LeaderAsync();
        await using var db = await DbFactory.CreateDbContextAsync();
        if (await db.PartnerExemptions.Include(e => e.Partner).SingleOrDefaultAsync(e => e.Id == RemoveExemption.Id) is not { } exemption)
        {
            Done("ExemptionAlreadyWithdrawn");
            return;
        }

        db.PartnerExemptions.Remove(exemption);
        db.Record(user, "Kaartregel: vrijstelling ingetrokken", new MapMonth(exemption.Month).Name, exemption.Partner!);
        await db.SaveChangesAsync();
        Done("ExemptionWithdrawn", exemption.Partner!.Name, new MapMonth(exemption.Month).Name);
    }

    private static string MonthName(int month) => new DateOnly(2026, month, 1).ToString("MMMM", Catalogue.Dates.Dutch);

    private static string HolidayName(int? year, int month) => year is { } y ? $"{MonthName(month)} {y}" : $"{MonthName(month)} (elk jaar)";
}
