using System.Globalization;
using System.Text;
using HoeWerktMijnStad.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;

public static class TwoFactorPaths
{
    public const string Setup = "/account/tweestapsverificatie";
    public const string SecondStep = "/inloggen/tweede-stap";

    public static string SecondStepFor(string returnUrl, bool rememberMe) =>
        $"{SecondStep}?ReturnUrl={Uri.EscapeDataString(returnUrl)}{(rememberMe ? "&RememberMe=true" : "")}";

    /// <summary>Only a path on this site, so a crafted link cannot send a fresh sign-in elsewhere; anything else goes
    /// home. Characters outside printable ASCII are percent-encoded: the path ends up in a Location header, which
    /// refuses them (a ReturnUrl of "/é" made every sign-in through that link fail, issue 21).</summary>
    public static string Local(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxReturnUrl || url[0] != '/' || url.StartsWith("//", StringComparison.Ordinal)
            || url.Contains('\\', StringComparison.Ordinal) || url.Any(char.IsControl))
        {
            return "/";
        }

        var encoded = new StringBuilder(url.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii && rune.Value > ' ' && !"\"<>`{}|^".Contains((char)rune.Value, StringComparison.Ordinal))
            {
                encoded.Append((char)rune.Value);
                continue;
            }

            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return Uri.TryCreate(encoded.ToString(), UriKind.Relative, out _) ? encoded.ToString() : "/";
    }

    // a return address is a page of this site, never a long payload
    private const int MaxReturnUrl = 2000;

    /// <summary>Where a person goes right after the password step succeeded: a leader without 2FA first sets it up.</summary>
    public static async Task<string> AfterSignInAsync(UserManager<AppUser> users, string email, string returnUrl) =>
        await users.FindByEmailAsync(email) is { } user && await users.IsInRoleAsync(user, Roles.ProgrammeLeader)
            && !await users.GetTwoFactorEnabledAsync(user)
            ? $"{Setup}?ReturnUrl={Uri.EscapeDataString(returnUrl)}"
            : returnUrl;
}

public static class TwoFactorSetup
{
    /// <summary>After AddIdentityCore(...).AddRoles().AddEntityFrameworkStores(), whose claims factory and user store
    /// this replaces.</summary>
    public static IServiceCollection AddHwmsTwoFactor(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<AppUser>, TwoFactorClaims>());
        services.Replace(ServiceDescriptor.Scoped<IUserStore<AppUser>, HashedRecoveryCodeStore>());
        return services;
    }
}
