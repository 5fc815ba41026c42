using HoeWerktMijnStad.Data.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using HoeWerktMijnStad.Web.Infrastructure.Flash;
using Microsoft.AspNetCore.Identity;

namespace HoeWerktMijnStad.Web.Features.Accounts.Sessions;

public static class SessionEndpoints
{
    public const string LogOutEverywherePath = "/account/overal-uitloggen";

    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // a new stamp ends this cookie and every copy of it at once (SessionChecks), and the person's other sessions too
        endpoints.MapPost("/uitloggen", async (HttpContext http, SignInManager<AppUser> signIn) =>
        {
            if (await signIn.UserManager.GetUserAsync(http.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).RequireAntiforgeryToken();

        // every other session of this person ends; this one gets a fresh cookie with the new stamp
        endpoints.MapPost(LogOutEverywherePath, async (HttpContext http, SignInManager<AppUser> signIn, FlashMessages flash) =>
        {
            if (await signIn.UserManager.GetUserAsync(http.User) is not { } user)
            {
                return Results.LocalRedirect("/inloggen");
            }

            await signIn.UserManager.UpdateSecurityStampAsync(user);
            await signIn.RefreshSignInAsync(user);
            flash.Success<AccountsText>("SignedOutElsewhere");
            return Results.LocalRedirect("/account");
        }).RequireAntiforgeryToken().RequireAuthorization();
        return endpoints;
    }

    /// <summary>The antiforgery middleware only validates endpoints that bind a form, and these bind nothing; without
    /// this a page elsewhere could log people out (or worse, later endpoints could act) by posting here.</summary>
    private static RouteHandlerBuilder RequireAntiforgeryToken(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
            await context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context.HttpContext)
                ? await next(context)
                : Results.BadRequest());
}
