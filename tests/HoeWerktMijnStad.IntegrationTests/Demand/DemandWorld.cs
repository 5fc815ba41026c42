using System.Security.Claims;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Features.Demand;
using HoeWerktMijnStad.Web.Features.PartnerSelfService;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.Demand;

/// <summary>A partner of the demand tests: its id, slug, one activity for a vmbo class of up to 30, and its editor.</summary>
public sealed record DemandPartner(int Id, string Slug, string Name, int ActivityId, string Editor);

/// <summary>The demand tests' world: the booking world's teacher (Testschool Oost, 4.93 E 52.36 N, district Oost)
/// and partners placed at known distances due north of a school.</summary>
public static class DemandWorld
{
    /// <summary>Metres per degree of latitude along the meridian near 52.3° N on the WGS84 spheroid.</summary>
    public const double MetresPerDegreeLatitude = 111_272;

    public static readonly Point TeacherSchool = new(4.93, 52.36) { SRID = 4326 };

    /// <summary>A point <paramref name="metres"/> due north of <paramref name="from"/>.</summary>
    public static Point North(Point from, double metres) => new(from.X, from.Y + (metres / MetresPerDegreeLatitude)) { SRID = 4326 };

    /// <summary>A partner with one site <paramref name="km"/> north of the teacher's school (energy, vmbo), a company
    /// visit for 1-30 vmbo pupils there, and its own confirmed editor.</summary>
    public static async Task<DemandPartner> PartnerNearAsync(this OutboxFixture fixture, string slug, double km, List<Theme>? themes = null,
        List<EducationLevel>? levels = null, SiteKind kind = SiteKind.Office)
    {
        await fixture.TeacherAsync();
        await using var db = fixture.CreateDbContext();
        var partner = new Partner
        {
            Slug = slug, Name = $"Partner {slug}", Pitch = "Pitch", Themes = themes ?? [Theme.Energie], AudienceLevels = levels ?? [EducationLevel.Vmbo],
            JoinedOn = new DateOnly(2026, 1, 1),
        };
        var site = new Site { Partner = partner, Name = $"Werkplaats {slug}", Kind = kind, Address = "Weg 1", City = "Amsterdam", Location = North(TeacherSchool, km * 1000) };
        var activity = new Activity
        {
            Partner = partner, Title = $"Rondleiding {slug}", Type = ActivityType.CompanyVisit, Levels = [EducationLevel.Vmbo], Themes = [Theme.Energie],
            MinGroupSize = 1, MaxGroupSize = 30, DurationMinutes = 120, Site = site,
        };
        db.Activities.Add(activity);
        await db.SaveChangesAsync();

        var editor = $"{slug}@partner.example.nl";
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = editor, Email = editor, EmailConfirmed = true, DisplayName = $"Redacteur {slug}" };
        Assert.True((await users.CreateAsync(user, SelfServiceWorld.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.PartnerEditor)).Succeeded);
        db.PartnerEditors.Add(new PartnerEditor { UserId = user.Id, PartnerId = partner.Id });
        await db.SaveChangesAsync();
        return new DemandPartner(partner.Id, slug, partner.Name, activity.Id, editor);
    }

    /// <summary>A filled-in request: a company visit about energy for vmbo 3, in the period given (by default
    /// December 2026 to March 2027), up to <paramref name="radiusKm"/> from school.</summary>
    public static DemandRequestInput Request(string title, int pupils = 24, DateOnly? from = null, DateOnly? to = null, int radiusKm = 10) => new()
    {
        Title = title,
        Type = ActivityType.CompanyVisit,
        Theme = Theme.Energie,
        Level = EducationLevel.Vmbo,
        ClassYear = 3,
        Pupils = pupils,
        PeriodStart = from ?? new DateOnly(2026, 12, 1),
        PeriodEnd = to ?? new DateOnly(2027, 3, 31),
        Weekdays = [new Choice<DayOfWeek> { Value = DayOfWeek.Tuesday, Selected = true }],
        RadiusKm = radiusKm,
        TravelNote = "met het ov tot 30 minuten",
        WorksiteWelcome = true,
        TechLabWelcome = true,
    };

    /// <summary>The teacher posts a request through the real service.</summary>
    public static async Task<int> PostRequestAsync(this OutboxFixture fixture, DemandRequestInput input)
    {
        var teacher = await fixture.TeacherAsync();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DemandRequests>().PostAsync(input, teacher);
        return result.Succeeded ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    /// <summary>The partner's editor offers the partner's activity on these Amsterdam wall-clock times.</summary>
    public static async Task<int> OfferAsync(this OutboxFixture fixture, int requestId, DemandPartner partner, params DateTime[] dates)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var input = new OfferInput { PartnerSlug = partner.Slug, ActivityId = partner.ActivityId, Message = $"Welkom bij {partner.Name}" };
        (input.Date1, input.Date2, input.Date3) = (dates.Length > 0 ? dates[0] : null, dates.Length > 1 ? dates[1] : null, dates.Length > 2 ? dates[2] : null);
        var result = await scope.ServiceProvider.GetRequiredService<DemandOffers>()
            .OfferAsync(requestId, new EditablePartner(partner.Id, partner.Slug, partner.Name), await EditorAsync(fixture, partner.Editor), input);
        return result.Succeeded ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    /// <summary>The editor as the site knows a signed-in user: id, e-mail and role.</summary>
    public static async Task<ClaimsPrincipal> EditorAsync(OutboxFixture fixture, string email)
        => await fixture.PrincipalAsync(email, Roles.PartnerEditor);

    public static async Task<DemandState> RequestStateAsync(this OutboxFixture fixture, int requestId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.DemandRequests.Where(r => r.Id == requestId).Select(r => r.State).SingleAsync();
    }

    public static async Task SubscribeAsync(this OutboxFixture fixture, DemandPartner partner, DemandMailFrequency frequency)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemandRequests>()
            .SubscribeAsync(partner.Id, frequency, await EditorAsync(fixture, partner.Editor), partner.Name);
    }

    /// <summary>A post to a page that shows the poster no form (it is not theirs to see): the antiforgery token comes
    /// from a page of the site that does show one, as a crafted request would take it.</summary>
    public static async Task<(HttpResponseMessage Response, string Html)> ForgedPostAsync(this HttpClient client, string tokenPage, string url,
        string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(tokenPage);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        var response = await client.PostAsync(url, HtmlForms.Content(fields.Append(new("_handler", formName)).Append(new("__RequestVerificationToken", System.Net.WebUtility.HtmlDecode(token)))));
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Runs <paramref name="work"/> while another transaction has run <paramref name="sql"/> and not yet
    /// committed; commits it once the work has either finished or waits on a row lock, and returns the work's result.
    /// So a test sees what the work does when a change it must respect lands just before it.</summary>
    public static async Task<T> WhileUncommittedAsync<T>(this OutboxFixture fixture, string sql, Func<Task<T>> work)
    {
        await using var db = fixture.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync(sql);
        var running = Task.Run(work);
        await using var probe = fixture.CreateDbContext();
        while (!running.IsCompleted && !await probe.Database.SqlQueryRaw<bool>(
            "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock') AS \"Value\"").SingleAsync())
        {
            await Task.Delay(20);
        }

        await transaction.CommitAsync();
        return await running;
    }

    /// <summary>Every test of a class starts without requests, offers, subscriptions or bookings.</summary>
    public static async Task ClearDemandAsync(this OutboxFixture fixture)
    {
        await using var db = fixture.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("""
            DELETE FROM demand_offers; DELETE FROM demand_requests; DELETE FROM demand_subscriptions;
            DELETE FROM booking_checklist_items; DELETE FROM booking_events; DELETE FROM evaluations; DELETE FROM bookings; DELETE FROM slots;
            """);
    }
}
