using System.Net;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HoeWerktMijnStad.IntegrationTests.Robustness;

/// <summary>A link with an odd ReturnUrl must not make anyone's sign-in fail (issue 21: "/é" gave a 500 and no session).</summary>
public sealed class ReturnUrlTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient NoRedirects() => fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    // the site answers with an absolute address; what matters is the path on this site
    private static string Target(HttpResponseMessage response) => new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery;

    private static Dictionary<string, string> Login(string email) => new() { ["Input.Email"] = email, ["Input.Password"] = SelfServiceWorld.Password };

    [Fact]
    public async Task A_return_address_with_a_non_ascii_character_signs_in_and_goes_there_encoded()
    {
        var client = NoRedirects();

        var (response, _) = await client.PostFormAsync("/inloggen?ReturnUrl=/%C3%A9", Login(SelfServiceWorld.Teacher));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/%C3%A9", Target(response));
        Assert.Contains("Uitloggen", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_step_keeps_the_encoded_return_address()
    {
        var client = NoRedirects();

        var (first, _) = await client.PostFormAsync("/inloggen?ReturnUrl=/%C3%A9", Login(SelfServiceWorld.Leader));
        var secondStep = Target(first);
        Assert.StartsWith(TwoFactorPaths.SecondStep, secondStep, StringComparison.Ordinal);
        var (second, _) = await client.PostFormAsync(secondStep, new Dictionary<string, string> { ["Code.Value"] = TestAuthenticator.Code(TestAuthenticator.Key) }, "tweede-stap");

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("/%C3%A9", Target(second));
    }

    [Theory]
    [InlineData("/%C3%A9", "/%C3%A9")]
    [InlineData("/é", "/%C3%A9")]
    [InlineData("/aanbod?afstand=5&week=2026-W50", "/aanbod?afstand=5&week=2026-W50")]
    [InlineData("/a b\"<x>", "/a%20b%22%3Cx%3E")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/a\nLocation: x", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void A_return_address_is_a_local_path_in_plain_ascii_or_home(string? url, string expected)
    {
        Assert.Equal(expected, TwoFactorPaths.Local(url));
    }
}
