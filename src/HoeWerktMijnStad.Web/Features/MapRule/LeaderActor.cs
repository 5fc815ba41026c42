using System.Security.Claims;
using HoeWerktMijnStad.Data;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>The signed-in programme leader as the rule's history names them.</summary>
public static class LeaderActor
{
    public static async Task<(string? Id, string Name)> OfAsync(IDbContextFactory<AppDbContext> dbFactory, ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = await dbFactory.CreateDbContextAsync();
        var name = await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleOrDefaultAsync() ?? "De programmaleider";
        return (id, name);
    }
}
