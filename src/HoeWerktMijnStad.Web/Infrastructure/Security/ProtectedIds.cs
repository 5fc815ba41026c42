using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace HoeWerktMijnStad.Web.Infrastructure.Security;

/// <summary>The key in a link mailed to someone without an account: a row's id, encrypted and signed with the site's
/// data-protection keys (kept in the database) under a purpose of its own. Nothing to store, every mail can carry a
/// link, and a guessed or altered link reads as nothing at all.</summary>
public abstract class ProtectedIds(IDataProtectionProvider provider, string purpose)
{
    private readonly IDataProtector _protector = provider.CreateProtector(purpose);

    public string TokenFor(int id) => _protector.Protect(id.ToString(CultureInfo.InvariantCulture));

    public int? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200)
        {
            return null;
        }

        try
        {
            return int.Parse(_protector.Unprotect(token), CultureInfo.InvariantCulture);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
