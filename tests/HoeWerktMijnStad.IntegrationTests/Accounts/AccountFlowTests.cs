using System.Net;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.Accounts;

public sealed class AccountFlowTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private const string GoodPassword = "mijn fiets staat bij de brug";

    private async Task<int> SchoolIdAsync()
    {
        await using var db = fixture.CreateDbContext();
        if (await db.Schools.FirstOrDefaultAsync() is { } school)
        {
            return school.Id;
        }

        var created = new School { Name = "Vakcollege Test", Address = "Schoolweg 1", City = "Amsterdam", Location = new Point(4.85, 52.36) { SRID = 4326 } };
        db.Schools.Add(created);
        await db.SaveChangesAsync();
        return created.Id;
    }

    private async Task<string> MailLinkAsync(string to, string path)
    {
        await fixture.Factory.DeliverMailAsync();
        Assert.Contains("Hoe Werkt Mijn Stad", fixture.Smtp.LastTo(to).TextBody, StringComparison.Ordinal);
        return fixture.Smtp.LinkTo(to, path);
    }

    private async Task<(HttpResponseMessage Response, string Html)> RegisterAsync(HttpClient client, string email, string password) =>
        await client.PostFormAsync("/registreren", new Dictionary<string, string>
        {
            ["Input.Name"] = "Sanne de Docent",
            ["Input.Email"] = email,
            ["Input.SchoolId"] = (await SchoolIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });

    private static Task<(HttpResponseMessage Response, string Html)> LoginAsync(HttpClient client, string email, string password) =>
        client.SignInAsync(email, password);

    [Fact]
    public async Task A_teacher_registers_confirms_by_mail_and_logs_in()
    {
        // the school knows its staff's mail domain, so confirming the address links the teacher at once
        var schoolId = await SchoolIdAsync();
        await using (var setup = fixture.CreateDbContext())
        {
            var school = await setup.Schools.SingleAsync(s => s.Id == schoolId);
            school.MailDomains = ["school.example.nl"];
            await setup.SaveChangesAsync();
        }

        var client = fixture.Factory.CreateClient();
        var (registered, registeredHtml) = await RegisterAsync(client, "sanne@school.example.nl", GoodPassword);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Contains("bevestig je e-mailadres", registeredHtml, StringComparison.OrdinalIgnoreCase);

        var link = await MailLinkAsync("sanne@school.example.nl", "/account/bevestigen");
        // a mail to an unconfirmed address carries no words the registrant chose, not even the name
        Assert.DoesNotContain("Sanne de Docent", fixture.Smtp.LastTo("sanne@school.example.nl").TextBody, StringComparison.Ordinal);
        // opening the link (as a mail scanner does) confirms nothing; the button does
        Assert.Contains("Ja, dit is mijn adres", await client.GetStringAsync(link), StringComparison.Ordinal);
        await using (var before = fixture.CreateDbContext())
        {
            Assert.False(await before.Users.Where(u => u.Email == "sanne@school.example.nl").Select(u => u.EmailConfirmed).SingleAsync());
        }

        var (_, confirmation) = await client.PostFormAsync(link, new Dictionary<string, string>(), "bevestigen");
        Assert.Contains("Je e-mailadres is bevestigd", confirmation, StringComparison.Ordinal);
        Assert.Contains("Je boekt namens", confirmation, StringComparison.Ordinal);

        var (_, home) = await LoginAsync(client, "sanne@school.example.nl", GoodPassword);
        Assert.Contains("Uitloggen", home, StringComparison.Ordinal);

        await using var db = fixture.CreateDbContext();
        var user = await db.Users.Include(u => u.School).SingleAsync(u => u.Email == "sanne@school.example.nl");
        Assert.True(user.EmailConfirmed);
        Assert.NotNull(user.School);
        Assert.True(await db.UserRoles.AnyAsync(r => r.UserId == user.Id && r.RoleId == "role-docent"));
    }

    [Fact]
    public async Task A_mailed_link_still_works_after_a_restart_or_on_another_instance()
    {
        await RegisterAsync(fixture.Factory.CreateClient(), "herstart@school.example.nl", GoodPassword);
        var link = await MailLinkAsync("herstart@school.example.nl", "/account/bevestigen");

        await using var otherInstance = new HwmsWebFactory(fixture.ConnectionString, fixture.Clock, fixture.Smtp.Port);
        var (_, confirmation) = await otherInstance.CreateClient().PostFormAsync(link, new Dictionary<string, string>(), "bevestigen");

        Assert.Contains("Je e-mailadres is bevestigd", confirmation, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_answer()
    {
        var client = fixture.Factory.CreateClient();
        await RegisterAsync(client, "kees@school.example.nl", GoodPassword);

        var (_, wrong) = await LoginAsync(client, "kees@school.example.nl", "niet mijn wachtwoord hoor");
        var (_, unknown) = await LoginAsync(client, "niemand@school.example.nl", "niet mijn wachtwoord hoor");

        var answer = Web.Features.Accounts.LoginPage.Refusal;
        (wrong, unknown) = (System.Net.WebUtility.HtmlDecode(wrong), System.Net.WebUtility.HtmlDecode(unknown));
        Assert.Contains(answer, wrong, StringComparison.Ordinal);
        Assert.Contains(answer, unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("Uitloggen", wrong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_with_a_clear_message()
    {
        var client = fixture.Factory.CreateClient();
        await RegisterAsync(client, "lotte@school.example.nl", GoodPassword);

        for (var i = 0; i < 5; i++)
        {
            await LoginAsync(client, "lotte@school.example.nl", "een verkeerd wachtwoord");
        }

        var (_, locked) = await LoginAsync(client, "lotte@school.example.nl", GoodPassword);
        // the same words as for a wrong password or an unknown address: the form tells nobody that the account exists
        Assert.Contains(Web.Features.Accounts.LoginPage.Refusal, System.Net.WebUtility.HtmlDecode(locked), StringComparison.Ordinal);
        Assert.DoesNotContain("Uitloggen", locked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_an_existing_address_looks_the_same_and_tells_the_owner()
    {
        var client = fixture.Factory.CreateClient();
        await RegisterAsync(client, "bestaat@school.example.nl", GoodPassword);
        var (_, again) = await RegisterAsync(fixture.Factory.CreateClient(), "bestaat@school.example.nl", "een heel ander wachtwoord hier");

        Assert.Contains("bevestig je e-mailadres", again, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("al een account", again, StringComparison.Ordinal);
        await fixture.Factory.DeliverMailAsync();
        Assert.Equal("Iemand probeerde een account te maken met jouw adres", fixture.Smtp.LastTo("bestaat@school.example.nl").Subject);
    }

    [Fact]
    public async Task One_address_is_limited_whatever_client_asks_with_a_page_that_says_when_to_try_again()
    {
        // three clients (three addresses to a per-client limit) mailing one address: the fourth registration is refused
        for (var i = 0; i < 3; i++)
        {
            var (ok, _) = await RegisterAsync(fixture.Factory.CreateClient(), "doelwit@school.example.nl", GoodPassword);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var (refused, html) = await RegisterAsync(fixture.Factory.CreateClient(), "doelwit@school.example.nl", GoodPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Probeer het over", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Sanne de Docent\"", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.DoesNotContain(await db.RateLimitWindows.Select(w => w.Key).ToListAsync(), k => k.Contains("doelwit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_reason_and_the_form_keeps_what_was_typed()
    {
        var client = fixture.Factory.CreateClient();

        var (_, html) = await RegisterAsync(client, "piet@school.example.nl", "wachtwoord123");

        Assert.Contains("veel gebruikt", html, StringComparison.Ordinal);
        Assert.Contains("value=\"piet@school.example.nl\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Sanne de Docent\"", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "piet@school.example.nl"));
        Assert.False(await db.OutboxEmails.AnyAsync(m => m.ToAddress == "piet@school.example.nl"));
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_by_a_link_that_works_once()
    {
        var client = fixture.Factory.CreateClient();
        await RegisterAsync(client, "ahmed@school.example.nl", GoodPassword);

        var (_, sent) = await client.PostFormAsync("/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = "ahmed@school.example.nl" });
        Assert.Contains("Als er een account is met dit e-mailadres", sent, StringComparison.Ordinal);
        var link = await MailLinkAsync("ahmed@school.example.nl", "/wachtwoord-herstellen");

        var newPassword = "de tram naar het strand rijdt";
        var (_, done) = await client.PostFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = newPassword });
        Assert.Contains("Je wachtwoord is veranderd", done, StringComparison.Ordinal);

        var (_, again) = await client.PostFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = "nog een ander lang wachtwoord", ["Input.ConfirmPassword"] = "nog een ander lang wachtwoord" });
        Assert.Contains("verlopen of al gebruikt", again, StringComparison.Ordinal);

        var (_, home) = await LoginAsync(fixture.Factory.CreateClient(), "ahmed@school.example.nl", newPassword);
        Assert.Contains("Uitloggen", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_asking_for_a_reset_gets_the_same_answer_and_no_mail()
    {
        var client = fixture.Factory.CreateClient();

        var (_, sent) = await client.PostFormAsync("/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = "onbekend@school.example.nl" });

        Assert.Contains("Als er een account is met dit e-mailadres", sent, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.OutboxEmails.AnyAsync(m => m.ToAddress == "onbekend@school.example.nl"));
    }

    [Fact]
    public async Task Too_many_login_attempts_from_one_address_are_slowed_down_with_a_clear_page()
    {
        await using var factory = new HwmsWebFactory(fixture.ConnectionString, fixture.Clock, fixture.Smtp.Port, loginPostsPerMinute: 3);
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var (allowed, _) = await LoginAsync(client, "iemand@school.example.nl", "een verkeerd wachtwoord");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var (limited, html) = await LoginAsync(client, "iemand@school.example.nl", "een verkeerd wachtwoord");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Probeer het over", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/inloggen")).StatusCode);
    }
}
