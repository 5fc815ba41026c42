using System.Security.Claims;
using System.Text;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.MapRule;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Admin;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Features.Schools;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Admin;

/// <summary>The leader's and editors' catalogue writes, called as their pages call them: a map status set by hand
/// enters the partner's history, a second school with the same name and place is refused at the name, a file that is
/// not UTF-8 imports nothing, and a time on a past day is refused at the date.</summary>
public sealed class AdminWritesTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private ClaimsPrincipal Leader { get; set; } = new();

    public async Task InitializeAsync()
    {
        await fixture.EnsureSelfServiceWorldAsync();
        Leader = await fixture.PrincipalAsync(SelfServiceWorld.Leader, Roles.ProgrammeLeader);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<T> WithAsync<TWrites, T>(Func<TWrites, Task<T>> act) where TWrites : notnull
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<TWrites>());
    }

    [Fact]
    public async Task A_map_status_set_by_hand_is_a_line_in_the_partners_map_history()
    {
        await using var db = fixture.CreateDbContext();
        var partner = await db.Partners.AsNoTracking().SingleAsync(p => p.Slug == "partner-b");
        var input = PartnerAdminInput.From(partner);
        input.MapStatus = partner.MapStatus == MapStatus.OnMap ? MapStatus.OffMap : MapStatus.OnMap;

        var saved = await WithAsync<AdminPartners, Outcome<SavedPartner>>(w => w.SaveAsync(input, Leader));

        Assert.Equal(new SavedPartner("partner-b", "Partner B", IsNew: false), saved.Value);
        var line = await db.MapStatusChanges.OrderByDescending(c => c.Id).FirstAsync(c => c.PartnerId == partner.Id);
        Assert.Equal((partner.MapStatus, input.MapStatus, MapStatusReason.Manual), (line.OldStatus, line.NewStatus, line.Reason));
    }

    [Fact]
    public async Task A_second_school_with_the_same_name_and_place_is_refused_at_the_name()
    {
        SchoolInput School() => new()
        {
            Name = "Dubbelschool", Type = SchoolType.Secondary, Levels = [new() { Value = EducationLevel.Vmbo, Selected = true }],
            Address = "Schoolweg 1", City = "Zaandam", Longitude = 4.83, Latitude = 52.44,
        };
        await WithAsync<SchoolRegister, Outcome<string>>(r => r.SaveAsync(School(), Leader));

        var second = await WithAsync<SchoolRegister, Outcome<string>>(r => r.SaveAsync(School(), Leader));

        var error = Assert.Single(second.Errors);
        Assert.Equal((nameof(SchoolInput.Name), "Er staat al een school 'Dubbelschool' in Zaandam. Kies een andere naam, of bewerk die school."),
            (error.Field, SiteText.Say<SchoolsText>(error)));
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.Schools.CountAsync(s => s.Name == "Dubbelschool"));
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_imports_nothing_and_says_how_to_save_it()
    {
        var bytes = Encoding.Latin1.GetBytes("naam;soort;niveaus;adres;plaats;lengtegraad;breedtegraad\nCafé School;mbo;mbo;Weg 1;Amsterdam;4.9;52.37\n");
        var file = new FormFile(new MemoryStream(bytes), 0, bytes.Length, "Import.File", "scholen.csv");

        var outcome = await WithAsync<SchoolRegister, Outcome<SchoolImport>>(r => r.ImportAsync(file, Leader));

        Assert.StartsWith("Dit bestand is geen tekst in UTF-8.", SiteText.Say<SchoolsText>(Assert.Single(outcome.Errors)), StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Schools.AnyAsync(s => s.Name.StartsWith("Caf")));
    }

    [Fact]
    public async Task A_time_on_a_past_day_is_refused_at_the_date_and_nothing_is_added()
    {
        var editor = await fixture.PrincipalAsync(SelfServiceWorld.EditorA, Roles.PartnerEditor);
        var partner = await fixture.EditablePartnerAsync("partner-a");
        await using var db = fixture.CreateDbContext();
        var activity = new Activity { PartnerId = partner.Id, Title = "Tijdenproef", MinGroupSize = 1, MaxGroupSize = 30, DurationMinutes = 60, BookingMode = BookingMode.FixedSlots };
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        var input = new SlotInput { Date = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(-1), Start = new TimeOnly(9, 0), End = new TimeOnly(11, 0) };

        var outcome = await WithAsync<PartnerSlots, Outcome<int>>(w => w.AddAsync(partner, activity.Id, input, editor));

        var error = Assert.Single(outcome.Errors);
        Assert.Equal((nameof(SlotInput.Date), "Kies een datum na vandaag."), (error.Field, SiteText.Say<BookingsText>(error)));
        Assert.False(await db.Slots.AnyAsync(s => s.ActivityId == activity.Id));
    }
}
