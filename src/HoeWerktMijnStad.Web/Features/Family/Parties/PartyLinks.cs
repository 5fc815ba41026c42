using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace HoeWerktMijnStad.Web.Features.Family.Parties;

/// <summary>The key in a parent's links: the booking's id, encrypted and signed with the site's data-protection
/// keys (kept in the database). Nothing to store, every mail can carry a link, and a guessed or altered link
/// reads as no booking at all.</summary>
public sealed class PartyLinks(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("HoeWerktMijnStad.PartyLinks.v1");

    public string TokenFor(int bookingId) => _protector.Protect(bookingId.ToString(CultureInfo.InvariantCulture));

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
