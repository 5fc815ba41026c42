using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>Someone a booking's mails go to.</summary>
public sealed record Recipient(string Email, string Name);

/// <summary>What the mails and the calendar invitation of one booking say: where, when, who. Read once per
/// change, inside the change's unit of work.</summary>
public sealed record BookingFacts(
    int Id,
    int ActivityId,
    string Activity,
    string Partner,
    string School,
    string Class,
    int Pupils,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    IReadOnlyList<DateTimeOffset> DateOptions,
    string Place,
    string Address,
    double? Latitude,
    double? Longitude,
    Recipient? Teacher,
    IReadOnlyList<Recipient> Editors,
    Recipient? Leader)
{
    /// <summary>The last moment the visit could start: the slot's or fixed start, or the last date option.</summary>
    public DateTimeOffset? LatestStart => StartsAt ?? (DateOptions.Count > 0 ? DateOptions.Max() : null);

    /// <summary>"woensdag 4 maart 2026, 09:30–11:00", or the date options while none is fixed.</summary>
    public string When => StartsAt is { } start && EndsAt is { } end
        ? BookingLabels.When(start, end)
        : string.Join("; ", DateOptions.Select(BookingLabels.When));

    public static async Task<BookingFacts> LoadAsync(AppDbContext db, int bookingId, CancellationToken cancellationToken = default)
    {
        var row = await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId).Select(b => new
        {
            b.Id, b.ActivityId, b.PartnerId, Activity = b.Activity!.Title, Partner = b.Partner!.Name, School = b.School!.Name,
            b.Level, b.ClassYear, b.Pupils, b.StartsAt, b.EndsAt, b.DateOptions,
            Site = b.Activity.Site == null ? null : new { b.Activity.Site.Name, b.Activity.Site.Address, b.Activity.Site.City, b.Activity.Site.Location },
            Worksite = b.Activity.Worksite == null ? null : new { Name = b.Activity.Worksite.Title, b.Activity.Worksite.Address, b.Activity.Worksite.City, b.Activity.Worksite.Location },
            SchoolPlace = new { b.School.Name, b.School.Address, b.School.City, b.School.Location },
            Teacher = b.Teacher == null ? null : new { b.Teacher.Email, b.Teacher.DisplayName },
            Leader = b.Leader == null || !b.LeaderAttending ? null : new { b.Leader.Email, b.Leader.DisplayName },
        }).SingleAsync(cancellationToken);
        var editors = await db.PartnerEditors.AsNoTracking().Where(e => e.PartnerId == row.PartnerId && e.User!.EmailConfirmed)
            .OrderBy(e => e.User!.Email).Select(e => new Recipient(e.User!.Email!, e.User.DisplayName)).ToListAsync(cancellationToken);

        // where the class goes: the activity's site or worksite, or (a guest lesson) the school itself
        var place = row.Site ?? row.Worksite ?? row.SchoolPlace;
        return new BookingFacts(row.Id, row.ActivityId, row.Activity, row.Partner, row.School, BookingLabels.Class(row.Level, row.ClassYear), row.Pupils,
            row.StartsAt, row.EndsAt, row.DateOptions, place.Name, $"{place.Address}, {place.City}", place.Location.Y, place.Location.X,
            row.Teacher?.Email is { } email ? new Recipient(email, row.Teacher.DisplayName) : null, editors,
            row.Leader?.Email is { } leader ? new Recipient(leader, row.Leader.DisplayName) : null);
    }
}
