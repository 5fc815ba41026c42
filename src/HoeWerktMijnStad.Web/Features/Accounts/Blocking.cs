namespace HoeWerktMijnStad.Web.Features.Accounts;

/// <summary>A blocked account is one locked out "forever", which sets it apart from the 15-minute lockout
/// after wrong passwords.</summary>
public static class Blocking
{
    public static readonly DateTimeOffset Forever = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static bool IsBlocked(DateTimeOffset? lockoutEnd, DateTimeOffset now) => lockoutEnd > now.AddYears(10);
}
