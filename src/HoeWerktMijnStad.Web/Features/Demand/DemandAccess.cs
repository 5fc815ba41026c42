using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Features.Bookings;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>Who asks on behalf of a school: a teacher with a confirmed address and a school. The school's teachers
/// share its requests, as they share its bookings.</summary>
public sealed class DemandAccess(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<(Applicant? Teacher, string Blocker)> TeacherAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var me = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.DisplayName, u.EmailConfirmed, u.SchoolId }).SingleOrDefaultAsync(cancellationToken);
        return me switch
        {
            null => (null, "Log opnieuw in."),
            { EmailConfirmed: false } => (null, "Bevestig eerst je e-mailadres met de link in de mail die we je stuurden. Daarna kun je een vraag stellen."),
            { SchoolId: null } => (null, "Je account hoort nog niet bij een school, en een vraag stel je voor een klas van je school. Vraag de programmaleider je school aan je account te koppelen."),
            _ => (new Applicant(me.Id, me.DisplayName, me.SchoolId.Value), ""),
        };
    }
}
