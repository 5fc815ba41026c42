using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace HoeWerktMijnStad.TestSupport;

/// <summary>The authenticator app of the tests: a known key for the test worlds' leaders, and the code an app
/// would show for it now. Codes use the real time, as Identity checks them against the real time (not the site's
/// TimeProvider).</summary>
public static class TestAuthenticator
{
    /// <summary>Base32, the form apps and Identity store keys in.</summary>
    public const string Key = "HWMSTESTLEIDERKEYVOORDETESTS2345";

    public static string Code(string key = Key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);

    /// <summary>Six digits that none of the codes Identity accepts now (two steps of 30 s either way, and one more for
    /// the time the test takes) is.</summary>
    public static string WrongCode(string key = Key)
    {
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var now = DateTime.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => totp.ComputeTotp(now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(code => !valid.Contains(code));
    }

    /// <summary>Turns 2FA on for an existing account, with <paramref name="key"/>.</summary>
    public static async Task EnableAsync(IServiceProvider services, string email, string key = Key)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        var result = await AuthenticatorKeys.EnableWithKnownKeyAsync(users, scope.ServiceProvider.GetRequiredService<IUserStore<AppUser>>(), user, key);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
