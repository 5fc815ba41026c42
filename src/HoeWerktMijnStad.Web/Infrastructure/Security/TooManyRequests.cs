namespace HoeWerktMijnStad.Web.Infrastructure.Security;

/// <summary>How a page refuses a post over a limit: status 429 with Retry-After, and in Dutch when to try again; the
/// page itself keeps what the user typed.</summary>
public static class TooManyRequests
{
    public static string Refuse(HttpContext? context, TimeSpan wait)
    {
        if (context is not null && !context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return $"Er kwamen te veel pogingen voor dit adres. Probeer het {AddressLimits.WhenAgain(wait)} opnieuw.";
    }
}
