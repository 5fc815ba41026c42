using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Accounts;

public sealed class DemoLeaderTests(PostgisDatabase database) : IClassFixture<PostgisDatabase>
{
    [Fact]
    public async Task A_demo_database_from_before_2FA_gets_the_published_key_for_its_leader()
    {
        await using var factory = new HwmsWebFactory(database.ConnectionString, FixedClock.At(new DateOnly(2026, 11, 23)));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var leader = new AppUser { UserName = DemoAccounts.ProgrammeLeader, Email = DemoAccounts.ProgrammeLeader, EmailConfirmed = true, DisplayName = "Demo Programmaleider" };
            Assert.True((await users.CreateAsync(leader, DemoAccounts.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(leader, Roles.ProgrammeLeader)).Succeeded);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync();
        }

        var client = factory.CreateClient();
        var (_, home) = await client.SignInAsync(DemoAccounts.ProgrammeLeader, DemoAccounts.Password, DemoAccounts.AuthenticatorKey);
        Assert.Contains("Uitloggen", home, StringComparison.Ordinal);
        Assert.Contains("<h1>Beheer</h1>", await client.GetStringAsync("/beheer"), StringComparison.Ordinal);
    }
}
