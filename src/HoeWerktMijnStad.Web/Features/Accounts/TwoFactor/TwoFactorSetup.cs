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

    /// <summary>Only a path on this site, so a crafted link cannot send a fresh sign-in elsewhere.</summary>
    public static string Local(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";

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
