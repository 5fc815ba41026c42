using System.Security.Claims;
using HoeWerktMijnStad.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning;

/// <summary>The signed-in user has confirmed their e-mail address. Registration signs a teacher in at once, so the
/// role alone says nothing about who they are. Checked in the database, as Bookings does, and not as a claim at
/// sign-in: a claim would stay "unconfirmed" in the cookie after the user clicks the link.</summary>
public sealed class ConfirmedEmailRequirement : IAuthorizationRequirement;

public sealed class ConfirmedEmailHandler(IDbContextFactory<AppDbContext> dbFactory) : AuthorizationHandler<ConfirmedEmailRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ConfirmedEmailRequirement requirement)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        if (await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.EmailConfirmed))
        {
            context.Succeed(requirement);
        }
    }
}
