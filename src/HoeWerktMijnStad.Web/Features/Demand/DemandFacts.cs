using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>What the demand mails say about a request: what, for which class, when, from which school and district.
/// The teacher is there only to write to them; partners read no teacher in these facts.</summary>
public sealed record DemandFacts(
    int Id, string Title, string What, string School, string District, string Class, int Pupils, DateOnly PeriodStart, DateOnly PeriodEnd,
    Recipient? Teacher)
{
    public string Period => Dates.Period(PeriodStart, PeriodEnd);

    /// <summary>One line for a list: "Een bezoek over warmtepompen — Vakcollege De Stadsmakers (Nieuw-West, Amsterdam), vmbo 3, 24 leerlingen, 1 t/m 31 maart 2027".</summary>
    public string Line => $"{Title} — {School} ({District}), {Class}, {Pupils} leerlingen, {Period}";

    public static async Task<List<DemandFacts>> LoadAsync(AppDbContext db, IReadOnlyCollection<int> requestIds, CancellationToken cancellationToken = default)
    {
        var rows = await db.DemandRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).OrderBy(r => r.Id).Select(r => new
        {
            r.Id, r.Title, r.ActivityType, r.Theme, School = r.School!.Name, r.School.District, r.School.City, r.Level, r.ClassYear, r.Pupils,
            r.PeriodStart, r.PeriodEnd,
            Teacher = r.Teacher == null || !r.Teacher.EmailConfirmed ? null : new { r.Teacher.Email, r.Teacher.DisplayName },
        }).ToListAsync(cancellationToken);
        return rows.Select(r => new DemandFacts(r.Id, r.Title, DemandLabels.What(r.ActivityType, r.Theme), r.School, DemandLabels.District(r.District, r.City),
            BookingLabels.Class(r.Level, r.ClassYear), r.Pupils, r.PeriodStart, r.PeriodEnd,
            r.Teacher?.Email is { } email ? new Recipient(email, r.Teacher.DisplayName) : null)).ToList();
    }

    public static async Task<DemandFacts> LoadAsync(AppDbContext db, int requestId, CancellationToken cancellationToken = default) =>
        (await LoadAsync(db, [requestId], cancellationToken)).Single();

    /// <summary>The editors (with a confirmed address) of each of these partners.</summary>
    public static async Task<ILookup<int, Recipient>> EditorsAsync(AppDbContext db, IReadOnlyCollection<int> partnerIds, CancellationToken cancellationToken = default) =>
        (await db.PartnerEditors.AsNoTracking().Where(e => partnerIds.Contains(e.PartnerId) && e.User!.EmailConfirmed)
            .OrderBy(e => e.User!.Email).Select(e => new { e.PartnerId, e.User!.Email, e.User.DisplayName }).ToListAsync(cancellationToken))
        .ToLookup(e => e.PartnerId, e => new Recipient(e.Email!, e.DisplayName));

    /// <summary>The programme leaders (with a confirmed address).</summary>
    public static Task<List<Recipient>> LeadersAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var leaderRole = Roles.All.Single(r => r.Name == Roles.ProgrammeLeader).Id;
        return db.Users.AsNoTracking().Where(u => u.EmailConfirmed && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == leaderRole))
            .OrderBy(u => u.Email).Select(u => new Recipient(u.Email!, u.DisplayName)).ToListAsync(cancellationToken);
    }
}
