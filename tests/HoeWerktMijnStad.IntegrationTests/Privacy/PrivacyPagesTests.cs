using HoeWerktMijnStad.IntegrationTests.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HoeWerktMijnStad.IntegrationTests.Privacy;

public sealed class PrivacyPagesTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    [Fact]
    public async Task The_privacy_statement_shows_the_retention_periods_the_jobs_use()
    {
        var html = await fixture.Factory.CreateClient().GetStringAsync("/privacy");

        Assert.Contains("<h1>Privacyverklaring</h1>", html, StringComparison.Ordinal);
        Assert.Contains("90 dagen na het bezoek gewist", html, StringComparison.Ordinal);
        Assert.Contains("30 dagen na het feestje gewist", html, StringComparison.Ordinal);
        Assert.Contains("90 dagen nadat de vraag is afgesloten gewist", html, StringComparison.Ordinal);
        Assert.Contains("30 dagen na verzending", html, StringComparison.Ordinal);
        Assert.Contains("Log je 2 jaar niet in", html, StringComparison.Ordinal);
        Assert.Contains("Autoriteit Persoonsgegevens", html, StringComparison.Ordinal);
        Assert.Contains("privacy@hoewerktmijnstad.nl", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_configured_periods_show_on_the_statement()
    {
        await using var factory = fixture.Factory.WithWebHostBuilder(b => b
            .UseSetting("Retention:BookingContactDays", "45")
            .UseSetting("Retention:SentMailBodyDays", "14")
            .UseSetting("Retention:InactiveAccountDays", "400"));

        var html = await factory.CreateClient().GetStringAsync("/privacy");

        Assert.Contains("45 dagen na het bezoek gewist", html, StringComparison.Ordinal);
        Assert.Contains("14 dagen na verzending", html, StringComparison.Ordinal);
        Assert.Contains("Log je 400 dagen niet in", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retention_period_out_of_range_stops_the_site_at_start_up()
    {
        using var factory = fixture.Factory.WithWebHostBuilder(b => b.UseSetting("Retention:BookingContactDays", "0"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("BookingContactDays", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_accessibility_statement_says_where_the_site_falls_short()
    {
        var html = await fixture.Factory.CreateClient().GetStringAsync("/toegankelijkheid");

        Assert.Contains("<h1>Toegankelijkheidsverklaring</h1>", html, StringComparison.Ordinal);
        Assert.Contains("voldoet <strong>gedeeltelijk</strong>", html, StringComparison.Ordinal);
        Assert.Contains("WCAG", html, StringComparison.Ordinal);
        Assert.Contains("axe-core", html, StringComparison.Ordinal);
        Assert.Contains("Kaartmarkeringen zijn klein", html, StringComparison.Ordinal);
        Assert.Contains("toegankelijkheid@hoewerktmijnstad.nl", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/kaart")]
    [InlineData("/inloggen")]
    [InlineData("/privacy")]
    public async Task Every_page_links_both_statements_in_its_footer(string path)
    {
        var html = await fixture.Factory.CreateClient().GetStringAsync(path);
        var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..];

        Assert.Contains("href=\"/privacy\"", footer, StringComparison.Ordinal);
        Assert.Contains("href=\"/toegankelijkheid\"", footer, StringComparison.Ordinal);
    }
}
