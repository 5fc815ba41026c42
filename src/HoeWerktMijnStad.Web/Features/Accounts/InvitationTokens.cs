using HoeWerktMijnStad.Data.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Features.Accounts;

public sealed class InvitationTokenOptions : DataProtectionTokenProviderOptions
{
    public const string ProviderName = "Uitnodiging";
    public const string Purpose = "uitnodiging";

    public InvitationTokenOptions()
    {
        Name = ProviderName;
        TokenLifespan = TimeSpan.FromDays(7);
    }
}

/// <summary>Invitation links for partner editors: valid 7 days, and spent once the password is set (that
/// changes the security stamp the token carries).</summary>
public sealed class InvitationTokens(
    IDataProtectionProvider dataProtection,
    IOptions<InvitationTokenOptions> options,
    ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(dataProtection, options, logger);
