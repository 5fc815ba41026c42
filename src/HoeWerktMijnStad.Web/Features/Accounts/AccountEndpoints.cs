using System.Text;
using HoeWerktMijnStad.Web.Features.Accounts.Sessions;
using Microsoft.AspNetCore.WebUtilities;

namespace HoeWerktMijnStad.Web.Features.Accounts;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // log out (a form post with the antiforgery token: see the header's log-out button) and log out everywhere
        return endpoints.MapSessionEndpoints();
    }

    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? DecodeToken(string? code)
    {
        try
        {
            return code is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
