using System.Net;
using System.Reflection;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Components;

namespace HoeWerktMijnStad.IntegrationTests.Robustness;

/// <summary>Query values that are not what a page expects (issue 21): each of these gave a 500 before the
/// pages bound them as text; now the value is ignored and the page shows as without it.</summary>
public sealed class BadQueryValueTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string?, string> Urls => new()
    {
        { null, "/aanbod?afstand=abc" },
        { null, "/aanbod?afstand=1e3" },
        { null, "/aanbod?afstand=99999999999999999999" },
        { SelfServiceWorld.Teacher, "/aanbod/22/aanvragen?tijd=abc" },
        { SelfServiceWorld.EditorA, "/partner/aanbod?partner=partner-a&activiteit=abc" },
        { SelfServiceWorld.EditorA, "/partner/locaties?partner=partner-a&locatie=abc" },
        { SelfServiceWorld.EditorA, "/partner/werkplekken?partner=partner-a&werkplek=abc" },
        { SelfServiceWorld.EditorA, "/partner/aanbod/tijden?partner=partner-a&activiteit=abc" },
        { SelfServiceWorld.EditorA, "/partner/pagina?partner=partner-a&bericht=abc" },
        { SelfServiceWorld.Leader, "/beheer/logboek?voor=abc" },
        { SelfServiceWorld.Leader, "/beheer/logboek?voor=99999999999999999999999" },
        { SelfServiceWorld.Leader, "/beheer/scholen?school=abc" },
        { SelfServiceWorld.Leader, "/beheer/checklist?punt=abc" },
        { SelfServiceWorld.Leader, "/beheer/leren/goede-voorbeelden/nieuw?evaluatie=abc" },
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task A_query_value_that_does_not_parse_is_ignored_and_the_page_shows(string? user, string url)
    {
        var client = user is null ? fixture.Factory.CreateClient() : await fixture.SignedInAsync(user);

        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("Er ging iets mis", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_activities_list_with_a_bad_distance_is_the_list_without_a_distance()
    {
        var client = fixture.Factory.CreateClient();

        var bad = await client.GetAsync("/aanbod?afstand=abc");

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("<h1", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The class of the bug: Blazor converts a typed query parameter before the page runs and throws
    /// when it cannot, so a page that declares one can be made to fail by anyone. Text plus QueryValue cannot.</summary>
    [Fact]
    public void Every_page_binds_its_query_values_as_text()
    {
        var typed = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is not null && p.PropertyType != typeof(string))
                .Select(p => $"{t.Name}.{p.Name} ({p.PropertyType.Name})"))
            .ToList();

        Assert.Empty(typed);
    }
}
