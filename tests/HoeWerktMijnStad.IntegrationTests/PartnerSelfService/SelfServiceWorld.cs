using System.Security.Claims;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.PartnerSelfService;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.PartnerSelfService;

/// <summary>The partners and accounts the self-service, admin and authorization tests share: partner-a (edited
/// by editor A), partner-b (editor B), a teacher and the programme leader, all with <see cref="Password"/>; the leader
/// has 2FA with <see cref="TestAuthenticator.Key"/>, which the sign-in helper answers.</summary>
public static class SelfServiceWorld
{
    public const string Password = "een lang genoeg wachtwoord";
    public const string EditorA = "editor-a@partner.example.nl";
    public const string EditorB = "editor-b@partner.example.nl";
    public const string Teacher = "docent@school.example.nl";
    public const string Leader = "leider@hwms.example.nl";

    /// <summary>Creates the world once per database; later calls find it there.</summary>
    public static async Task EnsureSelfServiceWorldAsync(this OutboxFixture fixture)
    {
        await using var db = fixture.CreateDbContext();
        if (await db.Partners.AnyAsync(p => p.Slug == "partner-a"))
        {
            return;
        }

        db.Partners.AddRange(
            new Partner { Slug = "partner-a", Name = "Partner A", Pitch = "Pitch A", Themes = [Theme.Energie], JoinedOn = new DateOnly(2026, 1, 1) },
            new Partner { Slug = "partner-b", Name = "Partner B", Pitch = "Pitch B", JoinedOn = new DateOnly(2026, 1, 1) });
        await db.SaveChangesAsync();
        var a = await db.Partners.SingleAsync(p => p.Slug == "partner-a");
        var b = await db.Partners.SingleAsync(p => p.Slug == "partner-b");

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await CreateAsync(users, EditorA, Roles.PartnerEditor);
        await CreateAsync(users, EditorB, Roles.PartnerEditor);
        await CreateAsync(users, Teacher, Roles.Teacher);
        await CreateAsync(users, Leader, Roles.ProgrammeLeader);
        await TestAuthenticator.EnableAsync(fixture.Factory.Services, Leader);
        db.PartnerEditors.AddRange(
            new PartnerEditor { UserId = (await users.FindByEmailAsync(EditorA))!.Id, PartnerId = a.Id },
            new PartnerEditor { UserId = (await users.FindByEmailAsync(EditorB))!.Id, PartnerId = b.Id });
        await db.SaveChangesAsync();
    }

    /// <summary>A client signed in through the login form.</summary>
    public static async Task<HttpClient> SignedInAsync(this OutboxFixture fixture, string email)
    {
        var client = fixture.Factory.CreateClient();
        var (_, html) = await client.SignInAsync(email, Password);
        Assert.Contains("Uitloggen", html, StringComparison.Ordinal);
        return client;
    }

    /// <summary>A user as the site knows them once signed in (id, e-mail and role), for calling feature classes
    /// directly.</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(this OutboxFixture fixture, string email, string role)
    {
        await using var db = fixture.CreateDbContext();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Email, email), new Claim(ClaimTypes.Role, role)], "test"));
    }

    /// <summary>A partner as its editor acts for it.</summary>
    public static async Task<EditablePartner> EditablePartnerAsync(this OutboxFixture fixture, string slug)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Partners.Where(p => p.Slug == slug).Select(p => new EditablePartner(p.Id, p.Slug, p.Name)).SingleAsync();
    }

    private static async Task CreateAsync(UserManager<AppUser> users, string email, string role)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }
}
