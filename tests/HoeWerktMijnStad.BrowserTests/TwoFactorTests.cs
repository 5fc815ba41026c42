using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class TwoFactorTests(BrowserFixture fixture)
{
    private const string Password = "een lang genoeg wachtwoord";

    private async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task A_new_leader_sets_up_an_authenticator_app_and_signs_in_with_its_code_next_time()
    {
        const string email = "leider-met-app@hwms.example.nl";
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Nieuwe Leider" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.ProgrammeLeader)).Succeeded);
        }

        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.FillAsync("#login-email", email);
        await page.FillAsync("#login-password", Password);
        await page.Locator("main button[type=submit]").ClickAsync();

        // straight to the set-up: the QR code and the key to type
        await page.WaitForURLAsync("**/account/tweestapsverificatie**");
        await page.Locator("img.totp-qr").WaitForAsync();
        Assert.True(await page.Locator("img.totp-qr").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await AssertAccessibleAsync(page);
        var key = (await page.Locator("#setup-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        await page.FillAsync("#setup-code", TestAuthenticator.Code(key));
        await page.ClickAsync("text=Tweestapsverificatie aanzetten");
        await page.Locator("text=Bewaar deze herstelcodes").WaitForAsync();
        Assert.Equal(10, await page.Locator(".recovery-codes__list li").CountAsync());
        await AssertAccessibleAsync(page);
        await page.ClickAsync("text=Ik heb ze bewaard, verder");
        await page.GotoAsync("/beheer");
        Assert.Equal("Beheer", await page.Locator("h1").TextContentAsync());

        // the next sign-in asks for the code
        var next = await fixture.NewPageAsync();
        await next.GotoAsync("/inloggen");
        await next.FillAsync("#login-email", email);
        await next.FillAsync("#login-password", Password);
        await next.Locator("main button[type=submit]").ClickAsync();
        await next.Locator("#second-step-code").WaitForAsync();
        await AssertAccessibleAsync(next);
        await next.FillAsync("#second-step-code", TestAuthenticator.Code(key));
        await next.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await next.Locator(".site-nav__account button").WaitForAsync();
        await next.GotoAsync("/beheer");
        Assert.Equal("Beheer", await next.Locator("h1").TextContentAsync());
    }

    [Fact]
    public async Task The_second_step_shows_a_wrong_code_as_an_error_and_the_account_section_has_no_WCAG_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.FillAsync("#login-email", Web.Features.Demo.DemoAccounts.ProgrammeLeader);
        await page.FillAsync("#login-password", Web.Features.Demo.DemoAccounts.Password);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.Locator("#second-step-code").WaitForAsync();
        var wrong = TestAuthenticator.WrongCode(Web.Features.Demo.DemoAccounts.AuthenticatorKey);

        await page.FillAsync("#second-step-code", wrong);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();

        await page.Locator(".form-errors").WaitForAsync();
        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(wrong, await page.InputValueAsync("#second-step-code"));
        await AssertAccessibleAsync(page);

        var signedIn = await fixture.SignedInPageAsync(Web.Features.Demo.DemoAccounts.Teacher);
        await signedIn.GotoAsync("/account");
        await signedIn.Locator("text=Overal anders uitloggen").WaitForAsync();
        await AssertAccessibleAsync(signedIn);
    }
}
