using HoeWerktMijnStad.Web.Features.Bookings;
using System.Net;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.Schools;

/// <summary>Every page and endpoint that reads or changes a school's data, against every kind of visitor, among them
/// a teacher whose address is not confirmed and one whose school link is not verified: only the school's own
/// verified teacher sees or changes anything, and a refusal shows none of the school's data.</summary>
public sealed class SchoolAccessMatrixTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private const string Unconfirmed = "onbevestigd@school.example.nl";
    private const string Unverified = "niet-geverifieerd@school.example.nl";
    private const string DayPhone = "06 12345678";

    public enum Who { Anonymous, Teacher, OtherSchoolTeacher, UnconfirmedTeacher, UnverifiedTeacher, OtherEditor }

    public static TheoryData<string, Who> Cases()
    {
        var data = new TheoryData<string, Who>();
        foreach (var endpoint in new[] { "list", "page", "ics", "evaluation", "requests", "application", "cancel", "checklist" })
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                data.Add(endpoint, who);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Only_the_schools_verified_teacher_reads_or_changes_its_data(string endpoint, Who who)
    {
        await EnsureActorsAsync();
        var bookingId = endpoint == "evaluation" ? await fixture.CompletedVisitAsync(8, consent: false) : await fixture.ConfirmedBookingAsync();
        var title = await TitleAsync(bookingId);
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignInAsync(client, who);
        var allowed = who == Who.Teacher;

        if (endpoint is "cancel" or "checklist")
        {
            await ChangeAsync(client, endpoint, bookingId);
            Assert.Equal(allowed, await ChangedAsync(endpoint, bookingId));
            return;
        }

        var url = endpoint switch
        {
            "list" => "/mijn/boekingen",
            "page" => $"/mijn/boekingen/{bookingId}",
            "ics" => $"/mijn/boekingen/{bookingId}/uitnodiging.ics",
            "evaluation" => $"/mijn/boekingen/{bookingId}/evaluatie",
            "requests" => "/mijn/vragen",
            _ => $"/aanbod/{await ActivityIdAsync(bookingId)}/aanvragen",
        };
        var marker = endpoint switch
        {
            "page" => DayPhone,
            "requests" => "Nieuwe vraag",
            "application" => "Aanvraagformulier",
            _ => title,
        };
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(marker, body, StringComparison.Ordinal);
            return;
        }

        // refused: to the login page, to the page that says what is missing, or a 403/404 without the data; a teacher
        // of another school sees its own (empty) lists and may book the public activity for its own school
        Assert.DoesNotContain(DayPhone, body, StringComparison.Ordinal);
        if (who == Who.OtherSchoolTeacher && endpoint is "list" or "requests" or "application")
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain($"/mijn/boekingen/{bookingId}\"", body, StringComparison.Ordinal);
            return;
        }

        Assert.DoesNotContain(title, body, StringComparison.Ordinal);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var expected = who == Who.Anonymous ? "/inloggen" : "/geen-toegang";
            Assert.StartsWith(expected, response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            if (who is Who.UnconfirmedTeacher or Who.UnverifiedTeacher)
            {
                var refusal = await client.GetStringAsync(response.Headers.Location);
                Assert.Contains(who == Who.UnconfirmedTeacher ? "Bevestig eerst je e-mailadres" : "De programmaleider kijkt nog", refusal, StringComparison.Ordinal);
            }
        }
        else
        {
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{who} on {endpoint}: {response.StatusCode}");
        }
    }

    private async Task ChangeAsync(HttpClient client, string endpoint, int bookingId)
    {
        var url = $"/mijn/boekingen/{bookingId}";
        var follow = fixture.Factory.CreateClient();
        foreach (var cookie in client.DefaultRequestHeaders)
        {
            follow.DefaultRequestHeaders.Add(cookie.Key, cookie.Value);
        }

        int itemId;
        await using (var db = fixture.CreateDbContext())
        {
            itemId = await db.BookingChecklistItems.Where(i => i.BookingId == bookingId && i.Side == ChecklistSide.School && i.DoneAt == null).Select(i => i.Id).FirstAsync();
        }

        var fields = endpoint == "cancel"
            ? new Dictionary<string, string> { ["Answer.Reason"] = "De klas is ziek.", ["Answer.Move"] = "annuleren", ["_handler"] = "stoppen" }
            : new Dictionary<string, string> { [$"Ticks.Done[{itemId}]"] = "true", ["_handler"] = "checklist" };
        // a forged post with a token from whatever page the visitor can open
        var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        if (token.Success)
        {
            fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        }

        await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private async Task<bool> ChangedAsync(string endpoint, int bookingId)
    {
        await using var db = fixture.CreateDbContext();
        return endpoint == "cancel"
            ? await db.Bookings.AnyAsync(b => b.Id == bookingId && b.State == BookingState.Cancelled)
            : await db.BookingChecklistItems.AnyAsync(i => i.BookingId == bookingId && i.Side == ChecklistSide.School && i.DoneAt != null
                && !i.DoneBy!.EndsWith("(in de aanvraag)") // what the form confirmed comes ticked
                && i.DoneBy != BookingLabels.AutomaticallyTicked); // and so does what ticks itself on confirmation
    }

    private async Task<string> TitleAsync(int bookingId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Bookings.Where(b => b.Id == bookingId).Select(b => b.Activity!.Title).SingleAsync();
    }

    private async Task<int> ActivityIdAsync(int bookingId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Bookings.Where(b => b.Id == bookingId).Select(b => b.ActivityId).SingleAsync();
    }

    /// <summary>The teacher whose address is unconfirmed carries the school (the leader approved before the mail was
    /// confirmed); the unverified one has a confirmed address and an open request for the same school.</summary>
    private async Task EnsureActorsAsync()
    {
        var teacher = await fixture.TeacherAsync();
        await fixture.OtherTeacherAsync();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(Unconfirmed) is null)
        {
            var user = new AppUser { UserName = Unconfirmed, Email = Unconfirmed, EmailConfirmed = false, DisplayName = "Onbevestigd", SchoolId = teacher.SchoolId };
            Assert.True((await users.CreateAsync(user, SelfServiceWorld.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Teacher)).Succeeded);
        }

        if (await users.FindByEmailAsync(Unverified) is null)
        {
            var user = new AppUser { UserName = Unverified, Email = Unverified, EmailConfirmed = true, DisplayName = "Niet geverifieerd" };
            Assert.True((await users.CreateAsync(user, SelfServiceWorld.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Teacher)).Succeeded);
            await using var db = fixture.CreateDbContext();
            db.SchoolLinks.Add(new SchoolLink { UserId = user.Id, SchoolId = teacher.SchoolId, State = SchoolLinkState.Pending, RequestedAt = fixture.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }
    }

    private static async Task SignInAsync(HttpClient client, Who who)
    {
        var email = who switch
        {
            Who.Teacher => SelfServiceWorld.Teacher,
            Who.OtherSchoolTeacher => BookingWorld.OtherTeacher,
            Who.UnconfirmedTeacher => Unconfirmed,
            Who.UnverifiedTeacher => Unverified,
            Who.OtherEditor => SelfServiceWorld.EditorB,
            _ => null,
        };
        if (email is not null)
        {
            var (response, _) = await client.SignInAsync(email, SelfServiceWorld.Password);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"sign-in as {who}: {response.StatusCode}");
        }
    }
}
