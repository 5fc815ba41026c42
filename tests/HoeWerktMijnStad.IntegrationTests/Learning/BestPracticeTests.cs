using System.Net;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Learning;

/// <summary>Best practices: from a consented evaluation (never without consent, never with names) and for
/// teachers, partners and the programme leader only.</summary>
public sealed class BestPracticeTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private const string AuthorName = "Jolanda Testdocent";

    private async Task<int> EvaluationAsync(bool consent, string wentWell)
    {
        var bookingId = await fixture.CompletedVisitAsync(9, consent, wentWell);
        await using var db = fixture.CreateDbContext();
        var evaluation = await db.Evaluations.SingleAsync(e => e.BookingId == bookingId);
        evaluation.AuthorName = AuthorName;
        evaluation.CouldBeBetter = "Meer tijd om zelf te proberen";
        await db.SaveChangesAsync();
        return evaluation.Id;
    }

    private static Dictionary<string, string> Practice(string title, string action = "publiceren", int? evaluationId = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Slug"] = "", ["Input.Summary"] = "Een mooi bezoek", ["Input.BodyMarkdown"] = "## Het bezoek\n\nHet ging **goed**.",
            ["Input.PartnerId"] = "", ["Input.Action"] = action,
        };
        if (evaluationId is { } id)
        {
            fields["Input.SourceEvaluationId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return fields;
    }

    /// <summary>The text fields and text areas of the page's form as they are filled in, as a browser would post them.</summary>
    private static Dictionary<string, string> ShownValues(string html)
    {
        var values = new Dictionary<string, string>();
        foreach (System.Text.RegularExpressions.Match input in System.Text.RegularExpressions.Regex.Matches(html, "<input(?=[^>]*name=\"(?<name>Input\\.[^\"]+)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>"))
        {
            values[input.Groups["name"].Value] = WebUtility.HtmlDecode(input.Groups["value"].Value);
        }

        foreach (System.Text.RegularExpressions.Match area in System.Text.RegularExpressions.Regex.Matches(html, "<textarea[^>]*name=\"(?<name>Input\\.[^\"]+)\"[^>]*>(?<value>[^<]*)</textarea>"))
        {
            values[area.Groups["name"].Value] = WebUtility.HtmlDecode(area.Groups["value"].Value);
        }

        foreach (System.Text.RegularExpressions.Match select in System.Text.RegularExpressions.Regex.Matches(html, "<select[^>]*name=\"(?<name>Input\\.[^\"]+)\"[^>]*>.*?<option value=\"(?<value>[^\"]*)\" selected", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            values[select.Groups["name"].Value] = select.Groups["value"].Value;
        }

        return values;
    }

    [Fact]
    public async Task A_consented_evaluation_becomes_a_draft_with_school_partner_and_text_but_no_names()
    {
        var evaluationId = await EvaluationAsync(consent: true, "De monteur liet iedereen zelf een leiding persen");
        var leader = await fixture.LeaderAsync();

        var form = await leader.GetStringAsync($"/beheer/leren/goede-voorbeelden/nieuw?evaluatie={evaluationId}");

        Assert.Contains("value=\"Rondleiding", form, StringComparison.Ordinal);
        Assert.Contains("Testschool Oost", form, StringComparison.Ordinal);
        Assert.Contains("Partner A", form, StringComparison.Ordinal);
        Assert.Contains("&gt; De monteur liet iedereen zelf een leiding persen", form, StringComparison.Ordinal);
        Assert.Contains("&gt; Meer tijd om zelf te proberen", form, StringComparison.Ordinal);
        Assert.Contains("vmbo 2, 20 leerlingen", form, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthorName, form, StringComparison.Ordinal);
        Assert.DoesNotContain(SelfServiceWorld.Teacher, form, StringComparison.Ordinal);

        var shown = ShownValues(form);
        shown["Input.Action"] = "concept";
        var (_, saved) = await leader.PostFormAsync($"/beheer/leren/goede-voorbeelden/nieuw?evaluatie={evaluationId}", shown, "goed-voorbeeld");

        Assert.Contains("is opgeslagen als concept", saved, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var practice = await db.BestPractices.SingleAsync(b => b.SourceEvaluationId == evaluationId);
        Assert.Null(practice.PublishedAt);
        Assert.Equal("Partner A", (await db.Partners.SingleAsync(p => p.Id == practice.PartnerId)).Name);
        Assert.DoesNotContain($"evaluatie={evaluationId}\"", await leader.GetStringAsync("/beheer/leren"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partners_consent_makes_a_draft_without_the_school_the_class_or_the_date()
    {
        var evaluationId = await EvaluationAsync(consent: true, "De klas stelde goede vragen over de pompen");
        DateTimeOffset visit;
        await using (var db = fixture.CreateDbContext())
        {
            await db.Evaluations.Where(e => e.Id == evaluationId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Side, Data.Bookings.ChecklistSide.Company));
            visit = (await db.Evaluations.Where(e => e.Id == evaluationId).Select(e => e.Booking!.StartsAt).SingleAsync())!.Value;
        }

        var leader = await fixture.LeaderAsync();
        var form = await leader.GetStringAsync($"/beheer/leren/goede-voorbeelden/nieuw?evaluatie={evaluationId}");

        Assert.Contains("Partner A", form, StringComparison.Ordinal);
        Assert.Contains("&gt; De klas stelde goede vragen over de pompen", form, StringComparison.Ordinal);
        Assert.Contains("Het bedrijf gaf het bezoek een 9", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Testschool Oost", form, StringComparison.Ordinal);
        Assert.DoesNotContain("vmbo 2", form, StringComparison.Ordinal);
        Assert.DoesNotContain("20 leerlingen", form, StringComparison.Ordinal);
        Assert.DoesNotContain(Web.Features.Learning.LearningLabels.Day(visit), form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_consent_there_is_no_best_practice_not_even_by_a_forged_post()
    {
        var evaluationId = await EvaluationAsync(consent: false, "Zonder toestemming geschreven");
        var leader = await fixture.LeaderAsync();

        var form = await leader.GetAsync($"/beheer/leren/goede-voorbeelden/nieuw?evaluatie={evaluationId}");
        var (_, forged) = await leader.PostFormAsync("/beheer/leren/goede-voorbeelden/nieuw", Practice("Gestolen verhaal", evaluationId: evaluationId), "goed-voorbeeld");

        var formHtml = await form.Content.ReadAsStringAsync();
        Assert.Contains("de schrijver gaf geen toestemming", formHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Zonder toestemming geschreven", formHtml, StringComparison.Ordinal);
        Assert.Contains("geen toestemming (meer) van de schrijver", forged, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.BestPractices.AnyAsync(b => b.Title == "Gestolen verhaal"));
    }

    [Fact]
    public async Task Teachers_partners_and_the_leader_read_published_best_practices_and_visitors_are_asked_to_sign_in()
    {
        var leader = await fixture.LeaderAsync();
        await leader.PostFormAsync("/beheer/leren/goede-voorbeelden/nieuw", Practice("Een gedeeld succes"), "goed-voorbeeld");
        await leader.PostFormAsync("/beheer/leren/goede-voorbeelden/nieuw", Practice("Een half verhaal", action: "concept"), "goed-voorbeeld");

        foreach (var email in new[] { SelfServiceWorld.Teacher, SelfServiceWorld.EditorA, SelfServiceWorld.Leader })
        {
            var reader = await fixture.SignedInAsync(email);
            var list = await reader.GetStringAsync("/leren/goede-voorbeelden");
            Assert.Contains("Een gedeeld succes", list, StringComparison.Ordinal);
            Assert.DoesNotContain("Een half verhaal", list, StringComparison.Ordinal);
            Assert.Contains("<strong>goed</strong>", await reader.GetStringAsync("/leren/goede-voorbeelden/een-gedeeld-succes"), StringComparison.Ordinal);
        }

        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync("/leren/goede-voorbeelden/een-half-verhaal")).StatusCode);
        var visitor = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await visitor.GetAsync("/leren/goede-voorbeelden/een-gedeeld-succes");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/inloggen", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("Log in</a> om ze te lezen", await fixture.Factory.CreateClient().GetStringAsync("/leren"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_reads_best_practices_only_after_confirming_the_e_mail_address()
    {
        var leader = await fixture.LeaderAsync();
        await leader.PostFormAsync("/beheer/leren/goede-voorbeelden/nieuw", Practice("Alleen voor bevestigden"), "goed-voorbeeld");
        var email = $"onbevestigd-{Guid.NewGuid():N}@school.example.nl";
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = false, DisplayName = "Nieuwe docent" };
            Assert.True((await users.CreateAsync(user, SelfServiceWorld.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Teacher)).Succeeded);
        }

        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync(email, SelfServiceWorld.Password);

        foreach (var page in new[] { "/leren/goede-voorbeelden", "/leren/goede-voorbeelden/alleen-voor-bevestigden" })
        {
            var refused = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/geen-toegang", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Contains("Bevestig eerst je e-mailadres", await client.GetStringAsync("/leren"), StringComparison.Ordinal);

        // the link in the mail is clicked: the same session may read on, without signing in again
        await using (var db = fixture.CreateDbContext())
        {
            await db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true));
        }

        var list = await client.GetAsync("/leren/goede-voorbeelden");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("Alleen voor bevestigden", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evaluations_page_offers_to_turn_a_candidate_into_a_best_practice()
    {
        var evaluationId = await EvaluationAsync(consent: true, "Een kandidaat");
        await using (var db = fixture.CreateDbContext())
        {
            await db.Evaluations.Where(e => e.Id == evaluationId).ExecuteUpdateAsync(s => s.SetProperty(e => e.BestPracticeCandidate, true));
        }

        var leader = await fixture.LeaderAsync();

        Assert.Contains($"href=\"/beheer/leren/goede-voorbeelden/nieuw?evaluatie={evaluationId}\"", await leader.GetStringAsync("/beheer/evaluaties"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/beheer/leren/goede-voorbeelden/nieuw?evaluatie={evaluationId}\"", await leader.GetStringAsync("/beheer/leren"), StringComparison.Ordinal);
    }
}
