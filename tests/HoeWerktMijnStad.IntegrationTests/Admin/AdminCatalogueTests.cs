using System.Net;
using System.Text;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Admin;

/// <summary>The programme leader curates partners and schools, and reads the audit log. Uses the accounts
/// that <see cref="SelfServiceWorld"/> sets up.</summary>
public sealed class AdminCatalogueTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpClient> SignedInAsync(string email = "leider@hwms.example.nl") => fixture.SignedInAsync(email);

    private static Dictionary<string, string> NewPartner(string name, string slug = "") => new()
    {
        ["Input.Id"] = "0",
        ["Input.Name"] = name,
        ["Input.Slug"] = slug,
        ["Input.Kind"] = "GridOperator",
        ["Input.Pitch"] = "Zie hoe stroom de stad in komt.",
        ["Input.WebsiteUrl"] = "",
        ["Input.MapStatus"] = "OnMap",
        ["Input.JoinedOn"] = "2026-11-23",
    };

    private static Task<(HttpResponseMessage Response, string Html)> ImportAsync(HttpClient client, string csv) =>
        client.PostFormAsync("/beheer/scholen", new Dictionary<string, string>(), "scholen-import",
            new Dictionary<string, UploadFile> { ["Import.File"] = new("scholen.csv", Encoding.UTF8.GetBytes(csv), "text/csv") });

    [Fact]
    public async Task The_leader_creates_a_partner_whose_page_is_public_at_once()
    {
        var client = await SignedInAsync();

        var (response, html) = await client.PostFormAsync("/beheer/partners", NewPartner("Stroomnet Zaanstreek & Co."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Stroomnet Zaanstreek &amp; Co. is aangemaakt", html, StringComparison.Ordinal);
        var page = await fixture.Factory.CreateClient().GetStringAsync("/partners/stroomnet-zaanstreek-co");
        Assert.Contains("Zie hoe stroom de stad in komt.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_web_name_is_refused_with_advice_and_the_form_keeps_its_values()
    {
        var client = await SignedInAsync();

        var (_, html) = await client.PostFormAsync("/beheer/partners", NewPartner("Nog een A", "partner-a"));

        Assert.Contains("De webnaam 'partner-a' is al van een andere partner", html.Replace("&#x27;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("value=\"Nog een A\"", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Partners.AnyAsync(p => p.Name == "Nog een A"));
    }

    [Fact]
    public async Task A_school_csv_is_imported_and_each_refused_row_is_reported_with_its_reason()
    {
        var client = await SignedInAsync();
        var csv = """"
            naam;soort;niveaus;niveau_detail;adres;plaats;wijk;lengtegraad;breedtegraad
            Techniekcollege Zaandam;middelbare-school;vmbo|havo-vwo;vmbo kader;Stationsplein 1;Zaandam;;4,8290;52,4380
            "Basisschool ""De Vonk""";basisschool;po;groep 1-8;Vonkstraat 2;Amsterdam;Noord;4.9200;52.3900
            Omgedraaide School;mbo;mbo;;Weg 3;Amsterdam;;52.37;4.90
            ;mbo;mbo;;Weg 4;Amsterdam;;4.9;52.37
            Raadselschool;universiteit;master;;Weg 5;Amsterdam;;4.9;52.37
            Techniekcollege Zaandam;middelbare-school;vmbo;;Stationsplein 1;Zaandam;;4.8290;52.4380
            """";

        var (response, html) = await ImportAsync(client, csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2 nieuwe scholen, 0 bijgewerkt, 4 regels geweigerd.", html, StringComparison.Ordinal);
        Assert.Contains("ligt niet in Nederland", html, StringComparison.Ordinal);
        Assert.Contains("Vul de naam van de school in.", html, StringComparison.Ordinal);
        Assert.Contains("Soort 'universiteit' ken ik niet", html.Replace("&#x27;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("staat al eerder in het bestand (regel 2)", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var vonk = await db.Schools.SingleAsync(s => s.Name == "Basisschool \"De Vonk\"");
        Assert.Equal("Noord", vonk.District);
        Assert.Equal(4.829, (await db.Schools.SingleAsync(s => s.Name == "Techniekcollege Zaandam")).Location.X, 6);
        Assert.False(await db.Schools.AnyAsync(s => s.Name == "Omgedraaide School" || s.Name == "Raadselschool"));
    }

    [Fact]
    public async Task Importing_a_school_again_updates_it_and_keeps_what_the_file_leaves_out()
    {
        var client = await SignedInAsync();
        await ImportAsync(client, "naam,soort,niveaus,adres,plaats,wijk,lengtegraad,breedtegraad\nHerhaalschool,mbo,mbo,Oud adres 1,Diemen,Centrum,4.96,52.34\n");

        var (_, html) = await ImportAsync(client, "naam,soort,niveaus,adres,plaats,lengtegraad,breedtegraad\r\nHerhaalschool,mbo,mbo|hbo,Nieuw adres 2,Diemen,4.96,52.34\r\n");

        Assert.Contains("0 nieuwe scholen, 1 bijgewerkt, 0 regels geweigerd.", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var school = await db.Schools.SingleAsync(s => s.Name == "Herhaalschool");
        Assert.Equal("Nieuw adres 2", school.Address);
        Assert.Equal("Centrum", school.District);
    }

    [Fact]
    public async Task A_quote_left_open_refuses_the_file_and_names_the_line()
    {
        var client = await SignedInAsync();

        var (_, html) = await ImportAsync(client, "naam;soort;niveaus;adres;plaats;lengtegraad;breedtegraad\nGoed;mbo;mbo;Weg 1;Amsterdam;4.9;52.37\n\"Open;mbo;mbo;Weg 2;Amsterdam;4.9;52.37\nNa de fout;mbo;mbo;Weg 3;Amsterdam;4.9;52.37\n");

        Assert.Contains("Regel 3: een aanhalingsteken", html, StringComparison.Ordinal);
        Assert.Contains("Er is niets geïmporteerd.", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Schools.AnyAsync(s => s.Name == "Goed" || s.Name == "Na de fout"));
    }

    [Fact]
    public async Task A_file_without_the_needed_columns_is_refused_as_a_whole()
    {
        var client = await SignedInAsync();

        var (_, html) = await ImportAsync(client, "school;stad\nIets;Amsterdam\n");

        Assert.Contains("Deze kolommen ontbreken in de eerste regel: naam, soort, niveaus, adres, plaats, lengtegraad, breedtegraad", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editors_change_is_in_the_audit_log_that_only_the_leader_reads()
    {
        var editor = await SignedInAsync("editor-a@partner.example.nl");
        await editor.PostFormAsync("/partner/locaties?partner=partner-a", new Dictionary<string, string>
        {
            ["Input.PartnerSlug"] = "partner-a", ["Input.Id"] = "0", ["Input.Name"] = "Logboeklocatie", ["Input.Kind"] = "Office",
            ["Input.Address"] = "Weg 1", ["Input.City"] = "Amsterdam", ["Input.Longitude"] = "4.9", ["Input.Latitude"] = "52.37",
        });
        var leader = await SignedInAsync();

        var log = await leader.GetStringAsync("/beheer/logboek?partner=partner-a");
        var refused = await fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .GetAsync("/beheer/logboek");
        var editorLog = await editor.GetAsync("/beheer/logboek");

        Assert.Contains("editor-a@partner.example.nl", log, StringComparison.Ordinal);
        Assert.Contains("Locatie toegevoegd", log, StringComparison.Ordinal);
        Assert.Contains("Logboeklocatie (Partner A)", log, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/geen-toegang", editorLog.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }
}
