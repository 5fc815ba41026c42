using System.Globalization;
using System.Security.Claims;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Features.Accounts.Sessions;
using HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Authentication;

namespace HoeWerktMijnStad.UnitTests.Accounts;

public sealed class SessionLifetimeTests
{
    private static readonly DateTimeOffset SignedIn = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static AuthenticationProperties Ticket() =>
        new(new Dictionary<string, string?> { [SessionChecks.SignedInAtKey] = SignedIn.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) });

    private static ClaimsPrincipal Person(params Claim[] claims) => new(new ClaimsIdentity(claims, "test"));

    [Fact]
    public void The_leader_may_stay_12_hours()
    {
        var leader = Person(new Claim(ClaimTypes.Role, Roles.ProgrammeLeader));

        Assert.True(SessionChecks.WithinLifetime(Ticket(), leader, SignedIn.AddHours(12).AddSeconds(-1)));
        Assert.False(SessionChecks.WithinLifetime(Ticket(), leader, SignedIn.AddHours(12)));
    }

    [Fact]
    public void A_leader_who_still_has_to_set_up_2FA_counts_as_the_leader()
    {
        var leaderToBe = Person(new Claim(TwoFactorClaims.SetupRequired, "true"));

        Assert.False(SessionChecks.WithinLifetime(Ticket(), leaderToBe, SignedIn.AddHours(13)));
    }

    [Fact]
    public void Others_may_stay_30_days()
    {
        var teacher = Person(new Claim(ClaimTypes.Role, Roles.Teacher));

        Assert.True(SessionChecks.WithinLifetime(Ticket(), teacher, SignedIn.AddDays(30).AddSeconds(-1)));
        Assert.False(SessionChecks.WithinLifetime(Ticket(), teacher, SignedIn.AddDays(30)));
    }

    [Fact]
    public void A_ticket_without_its_sign_in_time_is_refused() =>
        Assert.False(SessionChecks.WithinLifetime(new AuthenticationProperties(), Person(), SignedIn));
}
