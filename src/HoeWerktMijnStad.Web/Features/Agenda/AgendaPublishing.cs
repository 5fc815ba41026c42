using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Agenda;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Features.PartnerSelfService;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.Agenda;

/// <summary>Partners publish their events, the programme leader those of the network and of schools (schools publish
/// through the leader). A partner's editor places an event at one of its own sites; the leader at any site or school.</summary>
public sealed class AgendaPublishing(IDbContextFactory<AppDbContext> dbFactory, PartnerAccess access, AgendaSignUps signUps, AgendaMails mails, TimeProvider clock)
{
    public const string NotYours = "EventPartnerNotYours";
    public const string InThePast = "EventInThePast";
    public const string EndBeforeStart = "EventEndBeforeStart";
    public const string NoPlace = "EventNoPlace";
    public const string UnknownPlace = "EventUnknownPlace";
    public const string LinkNeeded = "EventOnlineLinkNeeded";
    public const string LinkNotSecure = "EventOnlineLinkNotSecure";
    public const string DateOutOfRange = "EventDateOutOfRange";
    public const string CapacityBelowTaken = "EventCapacityBelowTaken";
    public const string ReasonNeeded = "EventCancelReasonNeeded";
    public const int MaxYearsAhead = 2;

    /// <summary>The edit form's place choice that keeps the place the event has (a site or school may have moved or
    /// gone since; its name and point were copied in).</summary>
    public const string KeepPlace = "huidig";

    public sealed record PlaceChoice(string Key, string Name, string Address, Point Location);

    /// <summary>The places this user may choose: the sites of the partners they edit; for the leader also every school.</summary>
    public async Task<IReadOnlyList<PlaceChoice>> PlacesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var partners = (await access.EditableAsync(user, cancellationToken)).Select(p => p.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sites = await db.Sites.AsNoTracking().Where(s => partners.Contains(s.PartnerId)).OrderBy(s => s.Name)
            .Select(s => new PlaceChoice("site:" + s.Id, s.Name + " (" + s.Partner!.Name + ")", s.Address, s.Location)).ToListAsync(cancellationToken);
        if (user.IsInRole(Roles.ProgrammeLeader))
        {
            sites.AddRange(await db.Schools.AsNoTracking().OrderBy(s => s.Name)
                .Select(s => new PlaceChoice("school:" + s.Id, s.Name, s.Address, s.Location)).ToListAsync(cancellationToken));
        }

        return sites;
    }

    public async Task<Outcome<int>> PublishAsync(EventInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var check = await CheckAsync(input, user, null, cancellationToken);
        if (check.Errors.Count > 0)
        {
            return Outcome.Invalid(check.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var networkEvent = new NetworkEvent
        {
            Title = "",
            Description = "",
            CreatedAt = clock.GetUtcNow(),
            CreatedByUserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
        };
        Apply(networkEvent, input, check);
        db.NetworkEvents.Add(networkEvent);
        db.Record(user, "Evenement gepubliceerd", $"{networkEvent.Title} ({check.Partner?.Name ?? "netwerk"})", check.Partner?.Id);
        await db.SaveChangesAsync(cancellationToken);
        return networkEvent.Id;
    }

    /// <summary>The form for an event this user may change, or null (not theirs, or unknown).</summary>
    public async Task<(EventInput Input, EventFacts Event)?> EditableAsync(int eventId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var facts = await EventFacts.FindAsync(db, eventId, cancellationToken);
        var partnerId = await db.NetworkEvents.Where(e => e.Id == eventId).Select(e => e.PartnerId).SingleOrDefaultAsync(cancellationToken);
        if (facts is null || !await MayChangeAsync(partnerId, user, cancellationToken))
        {
            return null;
        }

        var start = TimeZoneInfo.ConvertTime(facts.StartsAt, AmsterdamTime.Zone);
        var end = TimeZoneInfo.ConvertTime(facts.EndsAt, AmsterdamTime.Zone);
        return (new EventInput
        {
            Title = facts.Title, Description = facts.Description, Type = facts.Type, Audience = facts.Audience, PartnerId = partnerId,
            Date = DateOnly.FromDateTime(start.DateTime), StartTime = TimeOnly.FromDateTime(start.DateTime), EndTime = TimeOnly.FromDateTime(end.DateTime),
            Place = facts.Place is null ? "" : KeepPlace, OnlineLink = facts.OnlineLink, Capacity = facts.Capacity,
        }, facts);
    }

    /// <summary>Changes an event that has not started. Under the event's row lock (ADR 0028): the capacity never drops
    /// below the places taken, a larger one gives places to the waiting list in turn, and a change of time, place or
    /// link raises SEQUENCE and mails everyone with a place an updated invitation.</summary>
    public async Task<Outcome> UpdateAsync(int eventId, EventInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (networkEvent, refusal) = await LockChangeableAsync(db, eventId, user, cancellationToken);
        if (networkEvent is null)
        {
            return refusal!;
        }

        var check = await CheckAsync(input, user, networkEvent, cancellationToken);
        var errors = check.Errors.ToList();
        if (input.Capacity < networkEvent.Registered)
        {
            errors.Add(new(nameof(EventInput.Capacity), CapacityBelowTaken, networkEvent.Registered));
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var before = (networkEvent.StartsAt, networkEvent.EndsAt, networkEvent.Place, networkEvent.OnlineLink, networkEvent.Title);
        Apply(networkEvent, input, check);
        var changed = before != (networkEvent.StartsAt, networkEvent.EndsAt, networkEvent.Place, networkEvent.OnlineLink, networkEvent.Title);
        networkEvent.Sequence += changed ? 1 : 0;
        networkEvent.UpdatedAt = clock.GetUtcNow();
        db.Record(user, "Evenement gewijzigd", $"{networkEvent.Title} ({check.Partner?.Name ?? "netwerk"})", check.Partner?.Id);
        await db.SaveChangesAsync(cancellationToken);

        var facts = (await EventFacts.FindAsync(db, eventId, cancellationToken))!;
        var moved = await signUps.FillFreePlacesAsync(db, facts, cancellationToken);
        if (changed)
        {
            var placed = await db.EventSignUps.Where(s => s.EventId == eventId && s.State == EventSignUpState.Registered && !moved.Contains(s.Id))
                .ToListAsync(cancellationToken);
            foreach (var signUp in placed)
            {
                mails.Changed(db, signUp, facts);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done;
    }

    /// <summary>Calls an event off: it stays in the feeds as cancelled (a higher SEQUENCE), nobody can sign up any more,
    /// and everyone with a place or on the waiting list is mailed the reason (those with a place with a CANCEL).</summary>
    public async Task<Outcome> CancelAsync(int eventId, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new FieldError("Reason", ReasonNeeded);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (networkEvent, refusal) = await LockChangeableAsync(db, eventId, user, cancellationToken);
        if (networkEvent is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow();
        networkEvent.CancelledAt = now;
        networkEvent.CancelReason = reason.Trim();
        networkEvent.UpdatedAt = now;
        networkEvent.Sequence++;
        db.Record(user, "Evenement afgelast", $"{networkEvent.Title}: {networkEvent.CancelReason}", networkEvent.PartnerId);
        await db.SaveChangesAsync(cancellationToken);

        var facts = (await EventFacts.FindAsync(db, eventId, cancellationToken))!;
        var people = await db.EventSignUps
            .Where(s => s.EventId == eventId && (s.State == EventSignUpState.Registered || s.State == EventSignUpState.Waiting))
            .ToListAsync(cancellationToken);
        foreach (var signUp in people)
        {
            mails.EventCancelled(db, signUp, facts, hadPlace: signUp.State == EventSignUpState.Registered);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done;
    }

    private sealed record Checked(IReadOnlyList<FieldError> Errors, EditablePartner? Partner, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
        string? Link, PlaceChoice? Place, bool KeepsPlace);

    /// <summary>Every rule of the form, for a new event or (<paramref name="current"/>) a change.</summary>
    private async Task<Checked> CheckAsync(EventInput input, ClaimsPrincipal user, NetworkEvent? current, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var editable = await access.EditableAsync(user, cancellationToken);
        var partner = input.PartnerId is { } partnerId ? editable.FirstOrDefault(p => p.Id == partnerId) : null;
        if ((input.PartnerId is not null && partner is null) || (input.PartnerId is null && !user.IsInRole(Roles.ProgrammeLeader)))
        {
            errors.Add(new(nameof(EventInput.PartnerId), NotYours));
        }

        // a date far off is a typing error (and a year 1 or 9999 has no instant in every zone)
        var today = AmsterdamTime.Today(clock);
        if (input.Date!.Value < today || input.Date.Value > today.AddYears(MaxYearsAhead))
        {
            return new([new(nameof(EventInput.Date), DateOutOfRange, MaxYearsAhead)], partner, default, default, null, null, false);
        }

        var startsAt = AmsterdamTime.ToInstant(input.Date!.Value, input.StartTime!.Value);
        var endsAt = AmsterdamTime.ToInstant(input.Date!.Value, input.EndTime!.Value);
        if (startsAt <= clock.GetUtcNow())
        {
            errors.Add(new(nameof(EventInput.Date), InThePast));
        }

        if (endsAt <= startsAt || endsAt > startsAt.AddHours(12))
        {
            errors.Add(new(nameof(EventInput.EndTime), EndBeforeStart));
        }

        var link = string.IsNullOrWhiteSpace(input.OnlineLink) ? null : input.OnlineLink.Trim();
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            errors.Add(new(nameof(EventInput.OnlineLink), LinkNotSecure));
        }

        if (input.Type == EventType.OnlineSession && link is null)
        {
            errors.Add(new(nameof(EventInput.OnlineLink), LinkNeeded));
        }

        PlaceChoice? place = null;
        var keeps = current?.Place is not null && input.Place == KeepPlace;
        if (!keeps && !string.IsNullOrEmpty(input.Place))
        {
            place = (await PlacesAsync(user, cancellationToken)).FirstOrDefault(p => p.Key == input.Place);
            if (place is null)
            {
                errors.Add(new(nameof(EventInput.Place), UnknownPlace));
            }
        }
        else if (!keeps && link is null && input.Type != EventType.OnlineSession)
        {
            errors.Add(new(nameof(EventInput.Place), NoPlace));
        }

        return new(errors, partner, startsAt, endsAt, link, place, keeps);
    }

    private static void Apply(NetworkEvent e, EventInput input, Checked check)
    {
        e.Title = input.Title!.Trim();
        e.Description = input.Description!.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        e.Type = input.Type!.Value;
        e.Audience = input.Audience!.Value;
        e.PartnerId = check.Partner?.Id;
        e.StartsAt = check.StartsAt;
        e.EndsAt = check.EndsAt;
        if (!check.KeepsPlace)
        {
            e.Place = check.Place is null ? null : $"{check.Place.Name}, {check.Place.Address}";
            e.Location = check.Place?.Location;
        }

        e.OnlineLink = check.Link;
        e.Capacity = input.Capacity!.Value;
    }

    private async Task<bool> MayChangeAsync(int? partnerId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.IsInRole(Roles.ProgrammeLeader)
        || (partnerId is { } id && (await access.EditableAsync(user, cancellationToken)).Any(p => p.Id == id));

    /// <summary>Locks the event's row (as every sign-up step does) and checks that this user may change it and that it
    /// is still to come and not called off.</summary>
    private async Task<(NetworkEvent? Event, Outcome? Refusal)> LockChangeableAsync(AppDbContext db, int eventId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await AgendaSignUps.LockEventAsync(db, eventId, cancellationToken) is null)
        {
            return (null, Outcome.Refused(AgendaSignUps.NotFound));
        }

        var networkEvent = await db.NetworkEvents.SingleAsync(e => e.Id == eventId, cancellationToken);
        if (!await MayChangeAsync(networkEvent.PartnerId, user, cancellationToken))
        {
            return (null, Outcome.Refused(AgendaSignUps.NotFound));
        }

        if (networkEvent.CancelledAt is not null)
        {
            return (null, Outcome.Refused(AgendaSignUps.Cancelled));
        }

        return networkEvent.StartsAt <= clock.GetUtcNow() ? (null, Outcome.Refused(AgendaSignUps.Started)) : (networkEvent, null);
    }
}
