using System.Net;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.PartnerSelfService;

public sealed class PageEditorTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpClient> SignedInAsync(string email) => fixture.SignedInAsync(email);

    private static Dictionary<string, string> Page(string slug, string name, string pitch) => new()
    {
        ["Input.Slug"] = slug,
        ["Input.Name"] = name,
        ["Input.Pitch"] = pitch,
        ["Input.WebsiteUrl"] = "https://partner.example.nl",
        ["Input.PageMarkdown"] = "## Welkom\n\nKom kijken bij de **warmtepompen**.",
    };

    private async Task<Partner> PartnerAsync(string slug)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Partners.AsNoTracking().SingleAsync(p => p.Slug == slug);
    }

    [Fact]
    public async Task An_editor_changes_the_pitch_and_the_public_page_shows_it_at_once()
    {
        var client = await SignedInAsync("editor-a@partner.example.nl");

        var (response, html) = await client.PostFormAsync("/partner/pagina?partner=partner-a", Page("partner-a", "Partner A", "Bij ons zie je hoe een warmtepomp werkt."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Opgeslagen", html, StringComparison.Ordinal);
        var page = await fixture.Factory.CreateClient().GetStringAsync("/partners/partner-a");
        Assert.Contains("Bij ons zie je hoe een warmtepomp werkt.", page, StringComparison.Ordinal);
        Assert.Contains("<strong>warmtepompen</strong>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_cannot_change_another_partner_even_with_a_forged_form()
    {
        var client = await SignedInAsync("editor-a@partner.example.nl");

        var (response, _) = await client.PostFormAsync("/partner/pagina?partner=partner-a", Page("partner-b", "Overgenomen", "Overgenomen"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Partner B", (await PartnerAsync("partner-b")).Name);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/partner/pagina?partner=partner-b")).StatusCode);
    }

    [Fact]
    public async Task A_teacher_and_a_visitor_cannot_open_the_editor()
    {
        var teacher = await SignedInAsync("docent@school.example.nl");
        var denied = await teacher.GetAsync("/partner/pagina");
        Assert.EndsWith("/geen-toegang", denied.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);

        var anonymous = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var redirect = await anonymous.GetAsync("/partner/pagina");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/inloggen", redirect.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var preview = await anonymous.PostAsync("/partner/pagina/voorbeeld", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = "x" }));
        Assert.NotEqual(HttpStatusCode.OK, preview.StatusCode);
    }

    [Fact]
    public async Task A_missing_pitch_is_explained_and_what_was_typed_stays()
    {
        var client = await SignedInAsync("editor-b@partner.example.nl");

        var (_, html) = await client.PostFormAsync("/partner/pagina?partner=partner-b", Page("partner-b", "Nieuwe naam B", ""));

        Assert.Contains("Schrijf een korte pitch", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nieuwe naam B\"", html, StringComparison.Ordinal);
        Assert.Equal("Partner B", (await PartnerAsync("partner-b")).Name);
    }

    [Fact]
    public async Task The_programme_leader_may_edit_every_partner()
    {
        var client = await SignedInAsync("leider@hwms.example.nl");

        var (_, html) = await client.PostFormAsync("/partner/pagina?partner=partner-b", Page("partner-b", "Partner B", "Door de programmaleider bijgewerkt."));

        Assert.Contains("Opgeslagen", html, StringComparison.Ordinal);
        Assert.Equal("Door de programmaleider bijgewerkt.", (await PartnerAsync("partner-b")).Pitch);
    }

    [Fact]
    public async Task The_preview_renders_exactly_what_the_public_page_will_show()
    {
        var client = await SignedInAsync("editor-a@partner.example.nl");
        var editor = await client.GetStringAsync("/partner/pagina?partner=partner-a");
        var token = System.Text.RegularExpressions.Regex.Match(editor, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/partner/pagina/voorbeeld", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["markdown"] = "## Kopje\n\n<script>alert(1)</script> **vet**",
            ["__RequestVerificationToken"] = token,
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h3>Kopje</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>vet</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        var withoutToken = await client.PostAsync("/partner/pagina/voorbeeld", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }
}
