using HoeWerktMijnStad.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;

/// <summary>How an authenticator key is shown: as a QR code the app scans, and in groups of four for typing.</summary>
public static class AuthenticatorKeys
{
    public const string Issuer = "Hoe Werkt Mijn Stad";
    public const int RecoveryCodeCount = 10;

    /// <summary>"abcd efgh ...": lower case and grouped, because people copy it by hand; apps ignore both.</summary>
    public static string Readable(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(group => new string(group)));

    /// <summary>The otpauth URI of Google's Key Uri Format, which every authenticator app reads.</summary>
    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>The QR code as a PNG data URL: drawn here (no outside service sees the secret) and allowed by the
    /// site's CSP (img-src 'self' data:).</summary>
    public static string QrDataUrl(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return $"data:image/png;base64,{Convert.ToBase64String(png)}";
    }

    /// <summary>What people type: spaces and dashes (as apps show "123 456") are left out.</summary>
    public static string Normalize(string? code) =>
        new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    /// <summary>Recovery codes are "ABCDE-FGHJK"; people may type them in lower case, with spaces, or without the dash.</summary>
    public static string NormalizeRecoveryCode(string? code)
    {
        var plain = Normalize(code).ToUpperInvariant();
        return plain.Length == 10 ? $"{plain[..5]}-{plain[5..]}" : plain;
    }

    /// <summary>Turns 2FA on with a key chosen in advance (the demo leader's published key, the tests' key) instead of
    /// a random one; UserManager only offers the random reset, so this goes to the store.</summary>
    public static async Task<IdentityResult> EnableWithKnownKeyAsync(UserManager<AppUser> users, IUserStore<AppUser> store, AppUser user, string key)
    {
        await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
        user.TwoFactorEnabled = true;
        return await users.UpdateAsync(user);
    }
}
