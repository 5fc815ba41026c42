using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>Someone a booking's mails go to.</summary>
public sealed record Recipient(string Email, string Name);

/// <summary>Who to call on the day: the school's teacher, or the host with the meeting point.</summary>
public sealed record DayContact(string Name, string Phone, string MeetingPoint = "")
{
    /// <summary>"Sanne de Vries, 06 12345678, verzamelen bij de hoofdingang".</summary>
    public override string ToString() => MeetingPoint.Length > 0 ? $"{Name}, {Phone}; verzamelen: {MeetingPoint}" : $"{Name}, {Phone}";
}

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
    /// <summary>The school's contact for the day, once named.</summary>
    public DayContact? SchoolContact { get; init; }

    /// <summary>The host's contact for the day and the meeting point, once named.</summary>
    public DayContact? HostContact { get; init; }

    /// <summary>The contacts as lines for a mail or an invitation's description; none before either side named one.</summary>
    public IReadOnlyList<string> ContactLines =>
    [
        .. HostContact is { } host ? [$"Contact bij {Partner} op de dag: {host}"] : Array.Empty<string>(),
        .. SchoolContact is { } school ? [$"Contact van {School} op de dag: {school}"] : Array.Empty<string>(),
    ];

    /// <summary>The last moment the visit could start: the slot's or fixed start, or the last date option.</summary>
    public DateTimeOffset? LatestStart => StartsAt ?? (DateOptions.Count > 0 ? DateOptions.Max() : null);

    /// <summary>"woensdag 4 maart 2026, 09:30–11:00", or the date options while none is fixed.</summary>
    public string When => StartsAt is { } start && EndsAt is { } end
        ? BookingLabels.When(start, end)
        : string.Join("; ", DateOptions.Select(BookingLabels.When));

    public static async Task<BookingFacts> LoadAsync(AppDbContext db, int bookingId, CancellationToken cancellationToken = default)
    {
        var row = await Rows(db.Bookings.AsNoTracking().Where(b => b.Id == bookingId)).SingleAsync(cancellationToken);
        var editors = await db.PartnerEditors.AsNoTracking().Where(e => e.PartnerId == row.PartnerId && e.User!.EmailConfirmed)
            .OrderBy(e => e.User!.Email).Select(e => new Recipient(e.User!.Email!, e.User.DisplayName)).ToListAsync(cancellationToken);
        return row.Facts(editors);
    }

    /// <summary>The facts of many bookings in one query, without the people (a calendar feed names no one).</summary>
    public static async Task<List<(BookingFacts Facts, int Sequence, BookingState State)>> LoadManyAsync(IQueryable<Booking> bookings,
        CancellationToken cancellationToken = default) =>
        (await Rows(bookings.AsNoTracking()).ToListAsync(cancellationToken))
            .Select(r => (r.Facts([]) with { Teacher = null, Leader = null, SchoolContact = null, HostContact = null }, r.Sequence, r.State)).ToList();

    private static IQueryable<FactsRow> Rows(IQueryable<Booking> bookings) => bookings.Select(b => new FactsRow(
        b.Id, b.ActivityId, b.PartnerId, b.Activity!.Title, b.Partner!.Name, b.School!.Name, b.Level, b.ClassYear, b.Pupils, b.StartsAt, b.EndsAt,
        b.DateOptions, b.Sequence, b.State,
        b.Activity.Site == null ? null : new FactsPlace(b.Activity.Site.Name, b.Activity.Site.Address, b.Activity.Site.City, b.Activity.Site.Location),
        b.Activity.Worksite == null ? null : new FactsPlace(b.Activity.Worksite.Title, b.Activity.Worksite.Address, b.Activity.Worksite.City, b.Activity.Worksite.Location),
        new FactsPlace(b.School.Name, b.School.Address, b.School.City, b.School.Location),
        b.Teacher == null ? null : new Recipient(b.Teacher.Email ?? "", b.Teacher.DisplayName),
        b.Leader == null || !b.LeaderAttending ? null : new Recipient(b.Leader.Email ?? "", b.Leader.DisplayName),
        b.SchoolContactName, b.DayPhone, b.HostName, b.HostPhone, b.MeetingPoint));

    private sealed record FactsPlace(string Name, string Address, string City, NetTopologySuite.Geometries.Point Location);

    private sealed record FactsRow(int Id, int ActivityId, int PartnerId, string Activity, string Partner, string School, Data.Catalogue.EducationLevel Level,
        int ClassYear, int Pupils, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, List<DateTimeOffset> DateOptions, int Sequence, BookingState State,
        FactsPlace? Site, FactsPlace? Worksite, FactsPlace SchoolPlace, Recipient? Teacher, Recipient? Leader,
        string SchoolContactName, string DayPhone, string HostName, string HostPhone, string MeetingPoint)
    {
        // where the class goes: the activity's site or worksite, or (a guest lesson) the school itself
        public BookingFacts Facts(IReadOnlyList<Recipient> editors)
        {
            var place = Site ?? Worksite ?? SchoolPlace;
            return new BookingFacts(Id, ActivityId, Activity, Partner, School, BookingLabels.Class(Level, ClassYear), Pupils,
                StartsAt, EndsAt, DateOptions, place.Name, $"{place.Address}, {place.City}", place.Location.Y, place.Location.X,
                Teacher is { Email.Length: > 0 } ? Teacher : null, editors, Leader is { Email.Length: > 0 } ? Leader : null)
            {
                SchoolContact = SchoolContactName.Length > 0 ? new DayContact(SchoolContactName, DayPhone) : null,
                HostContact = HostName.Length > 0 ? new DayContact(HostName, HostPhone, MeetingPoint) : null,
            };
        }
    }
}
