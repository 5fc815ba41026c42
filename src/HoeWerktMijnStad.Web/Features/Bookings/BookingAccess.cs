using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Bookings;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>Who may see and act on which booking: the teachers of its school (the school's side), the editors
/// of its partner (the company's side), and the programme leader (reading). Asked on the server by every page
/// that shows or changes a booking. The school's side is decided by <see cref="Schools.SchoolAccess"/>.</summary>
public sealed class BookingAccess(IDbContextFactory<AppDbContext> dbFactory, Schools.SchoolAccess schools)
{
    public async Task<BookingActor?> ActorAsync(ClaimsPrincipal user, int bookingId, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId)
            .Select(b => new { b.SchoolId, b.PartnerId }).SingleOrDefaultAsync(cancellationToken);
        var me = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, Edits = u.EditorOf.Select(e => e.PartnerId).ToList() }).SingleOrDefaultAsync(cancellationToken);
        if (booking is null || me is null)
        {
            return null;
        }

        // the school's side only through the one rule: confirmed address and verified link to this school
        if (user.IsInRole(Roles.Teacher) && (await schools.TeacherAsync(user, cancellationToken)).Teacher?.SchoolId == booking.SchoolId)
        {
            return new BookingActor(userId, me.DisplayName, ChecklistSide.School);
        }

        return me.Edits.Contains(booking.PartnerId) ? new BookingActor(userId, me.DisplayName, ChecklistSide.Company) : null;
    }

    /// <summary>The programme leader's id and name, for a user who is the programme leader.</summary>
    public async Task<(string Id, string Name)?> LeaderAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!ReadsAll(user) || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        return name is null ? null : (userId, name);
    }

    /// <summary>The programme leader reads every booking without being either side.</summary>
    public static bool ReadsAll(ClaimsPrincipal user) => user.IsInRole(Roles.ProgrammeLeader);
}
