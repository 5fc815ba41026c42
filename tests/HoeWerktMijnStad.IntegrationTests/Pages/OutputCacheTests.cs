using HoeWerktMijnStad.IntegrationTests.Map;
using HoeWerktMijnStad.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HoeWerktMijnStad.IntegrationTests.Pages;

/// <summary>Issue 22 §4: public pages are kept for anonymous visitors and evicted when their data changes; a
/// signed-in visitor always gets a fresh page.</summary>
public sealed class OutputCacheTests(MapFixture fixture) : IClassFixture<MapFixture>
{
    private const string Page = "/partners/stroomnet";

    [Fact]
    public async Task An_anonymous_visitor_gets_the_kept_page_until_its_data_changes_and_a_signed_in_one_never()
    {
        var anonymous = fixture.Factory.CreateClient();
        Assert.Contains("<h1>Stroomnet</h1>", await anonymous.GetStringAsync(Page), StringComparison.Ordinal);

        // the pitch changes behind the site's back, without the triggers that announce a change (replica mode)
        await ExecuteAsync("SET session_replication_role = replica; UPDATE partners SET pitch = 'Het net van morgen.' WHERE slug = 'stroomnet';");
        Assert.DoesNotContain("Het net van morgen.", await anonymous.GetStringAsync(Page), StringComparison.Ordinal);

        // another query string is another page
        Assert.Contains("Het net van morgen.", await anonymous.GetStringAsync(Page + "?van=zoeken"), StringComparison.Ordinal);

        var signedIn = await SignedInClientAsync("cache-lezer@example.nl");
        Assert.Contains("Het net van morgen.", await signedIn.GetStringAsync(Page), StringComparison.Ordinal);

        // a change as the site makes it (the trigger's NOTIFY on commit) empties the cache of every node
        await ExecuteAsync("UPDATE partners SET name = 'Stroomnet Amsterdam' WHERE slug = 'stroomnet';");
        Assert.Contains("<h1>Stroomnet Amsterdam</h1>", await EventuallyAsync(anonymous, Page, "Stroomnet Amsterdam"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_api_is_kept_per_query_and_evicted_when_a_site_moves()
    {
        var client = fixture.Factory.CreateClient();
        var before = await client.GetStringAsync("/api/map/features?layer=sites");
        Assert.Contains("Onderstation West", before, StringComparison.Ordinal);

        await ExecuteAsync("UPDATE sites SET name = 'Onderstation West-Oost' WHERE name = 'Onderstation West';");

        Assert.Contains("Onderstation West-Oost", await EventuallyAsync(client, "/api/map/features?layer=sites", "Onderstation West-Oost"), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInClientAsync(string email)
    {
        const string password = "een lang genoeg wachtwoord";
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Accounts.AppUser>>();
            var user = new Data.Accounts.AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Lezer" };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
        }

        var client = fixture.Factory.CreateClient();
        var (_, html) = await client.SignInAsync(email, password);
        Assert.Contains("Uitloggen", html, StringComparison.Ordinal);
        return client;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The notice reaches the site a moment after the commit, on its own connection: a visitor who reloads
    /// sees the change within that moment (at most 5 s here; it takes milliseconds).</summary>
    private static async Task<string> EventuallyAsync(HttpClient client, string path, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var html = await client.GetStringAsync(path);
            if (html.Contains(expected, StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return html;
            }

            await Task.Delay(50);
        }
    }
}
