using System.Reflection;
using HoeWerktMijnStad.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace HoeWerktMijnStad.Web.Features.Accounts;

/// <summary>Passwords after OWASP ASVS 5 level 2: at least 12 characters, up to 128, no composition rules;
/// not a commonly used password, and not the user's own e-mail address or name.</summary>
public sealed class PasswordRules : IPasswordValidator<AppUser>
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly HashSet<string> Common = LoadCommon();

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var errors = Check(password ?? "", user.Email, user.DisplayName)
            .Select(message => new IdentityError { Code = "Password", Description = message })
            .ToArray();
        return Task.FromResult(errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors));
    }

    /// <summary>What is wrong with a password, in Dutch; empty when it is fine.</summary>
    public static IEnumerable<string> Check(string password, string? email, string? name)
    {
        if (password.Length < MinLength)
        {
            yield return $"Kies een wachtwoord van minstens {MinLength} tekens. Een zin van een paar woorden werkt goed.";
            yield break;
        }

        if (password.Length > MaxLength)
        {
            yield return $"Een wachtwoord mag hoogstens {MaxLength} tekens lang zijn.";
        }

        var normalized = password.Trim().ToLowerInvariant();
        if (Common.Contains(normalized) || normalized.Distinct().Count() <= 2)
        {
            yield return "Dit wachtwoord wordt veel gebruikt en is daardoor makkelijk te raden. Kies een ander.";
        }

        if (Contains(normalized, email) || Contains(normalized, email?.Split('@')[0]) || Contains(normalized, name))
        {
            yield return "Gebruik niet je e-mailadres of je naam in je wachtwoord.";
        }
    }

    private static bool Contains(string password, string? part) =>
        part is { Length: >= 4 } && password.Contains(part.Trim().ToLowerInvariant(), StringComparison.Ordinal);

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("HoeWerktMijnStad.Web.Features.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word)
            {
                set.Add(word.ToLowerInvariant());
            }
        }

        return set;
    }
}
