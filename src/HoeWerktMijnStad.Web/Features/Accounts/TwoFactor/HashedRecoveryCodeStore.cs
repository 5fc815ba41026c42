using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;

/// <summary>Identity's user store, except that recovery codes are kept as salted PBKDF2 hashes (Identity's password
/// hasher) instead of in plain text: a copy of the database does not hand out second factors (ASVS 6.5.2, as the
/// codes have less than 112 bits). Redeeming checks at most ten hashes, a fraction of a second, once in a while.</summary>
public sealed class HashedRecoveryCodeStore(AppDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, IdentityRole, AppDbContext>(context, describer)
{
    // where UserStoreBase keeps the codes (its own constants are private); stable since Identity 2
    private const string Provider = "[AspNetUserStore]";
    private const string Name = "RecoveryCodes";

    private static readonly PasswordHasher<AppUser> Hasher = new();

    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(code => Hasher.HashPassword(user, code)).ToList(), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var hashes = (await GetTokenAsync(user, Provider, Name, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        var used = hashes.FirstOrDefault(hash => Hasher.VerifyHashedPassword(user, hash, code) != PasswordVerificationResult.Failed);
        if (used is null)
        {
            return false;
        }

        // the rest stay as they are (already hashed): straight to the token, not through ReplaceCodesAsync
        await SetTokenAsync(user, Provider, Name, string.Join(';', hashes.Where(hash => hash != used)), cancellationToken);
        return true;
    }
}
