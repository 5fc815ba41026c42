using System.Net;
using System.Text.Json;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HoeWerktMijnStad.IntegrationTests.Privacy;

public sealed class PersonalDataExportTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private const string Path = "/account/mijn-gegevens.json";

    [Fact]
    public async Task The_download_holds_the_accounts_own_data_and_nothing_of_another_account()
    {
        var mine = await fixture.AccountAsync("inzage@school.example.nl", Roles.Teacher, "Inzage Docent");
        var theirs = await fixture.AccountAsync("collega@school.example.nl", Roles.Teacher, "Collega Docent");
        await fixture.PastVisitAsync(mine.Id, "Inzage Docent", endedDaysAgo: 3, phone: "06 10101010");
        await fixture.PastVisitAsync(theirs.Id, "Collega Docent", endedDaysAgo: 3, phone: "06 20202020");
        await fixture.RequestAsync(mine.Id, closedDaysAgo: null);
        var client = fixture.Factory.CreateClient();
        await client.SignInAsync("inzage@school.example.nl", PrivacyWorld.Password);

        var response = await client.GetAsync(Path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("hoewerktmijnstad-mijn-gegevens-2026-11-23.json", response.Content.Headers.ContentDisposition.FileName);
        Assert.True(response.Headers.CacheControl!.NoStore);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("inzage@school.example.nl", root.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("Inzage Docent", root.GetProperty("account").GetProperty("name").GetString());
        Assert.Equal("Testschool Oost", root.GetProperty("account").GetProperty("school").GetProperty("name").GetString());
        Assert.Equal(["Docent"], root.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var booking = Assert.Single(root.GetProperty("bookings").EnumerateArray());
        Assert.Equal(("06 10101010", "Een leerling in een rolstoel"), (booking.GetProperty("dayPhone").GetString(), booking.GetProperty("specialNeeds").GetString()));
        Assert.Single(root.GetProperty("bookingHistory").EnumerateArray());
        Assert.Equal(8, Assert.Single(root.GetProperty("evaluations").EnumerateArray()).GetProperty("mark").GetInt32());
        Assert.Equal("Bel me op 06 99998888", Assert.Single(root.GetProperty("demandRequests").EnumerateArray()).GetProperty("description").GetString());
        Assert.DoesNotContain("06 20202020", body, StringComparison.Ordinal);
        Assert.DoesNotContain("collega@school.example.nl", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Collega Docent", body, StringComparison.Ordinal);
        Assert.DoesNotContain("password", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_account_page_links_to_the_download_and_a_visitor_gets_nothing()
    {
        await fixture.AccountAsync("link@school.example.nl", Roles.Teacher, "Link Docent");
        var client = fixture.Factory.CreateClient();
        await client.SignInAsync("link@school.example.nl", PrivacyWorld.Password);
        Assert.Contains($"href=\"{Path}\"", await client.GetStringAsync("/account"), StringComparison.Ordinal);

        var visitor = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await visitor.GetAsync(Path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
