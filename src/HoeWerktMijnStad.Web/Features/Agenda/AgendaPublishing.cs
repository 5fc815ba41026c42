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
public sealed class AgendaPublishing(IDbContextFactory<AppDbContext> dbFactory, PartnerAccess access, TimeProvider clock)
{
    public const string NotYours = "EventPartnerNotYours";
    public const string InThePast = "EventInThePast";
    public const string EndBeforeStart = "EventEndBeforeStart";
    public const string NoPlace = "EventNoPlace";
    public const string UnknownPlace = "EventUnknownPlace";
    public const string LinkNeeded = "EventOnlineLinkNeeded";
    public const string LinkNotSecure = "EventOnlineLinkNotSecure";
    public const string DateOutOfRange = "EventDateOutOfRange";
    public const int MaxYearsAhead = 2;

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
            return Outcome.Invalid([new(nameof(EventInput.Date), DateOutOfRange, MaxYearsAhead)]);
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
        if (!string.IsNullOrEmpty(input.Place))
        {
            place = (await PlacesAsync(user, cancellationToken)).FirstOrDefault(p => p.Key == input.Place);
            if (place is null)
            {
                errors.Add(new(nameof(EventInput.Place), UnknownPlace));
            }
        }
        else if (link is null && input.Type != EventType.OnlineSession)
        {
            errors.Add(new(nameof(EventInput.Place), NoPlace));
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var networkEvent = new NetworkEvent
        {
            Title = input.Title!.Trim(),
            Description = input.Description!.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(),
            Type = input.Type!.Value,
            Audience = input.Audience!.Value,
            PartnerId = partner?.Id,
            StartsAt = startsAt,
            EndsAt = endsAt,
            Place = place is null ? null : $"{place.Name}, {place.Address}",
            Location = place?.Location,
            OnlineLink = link,
            Capacity = input.Capacity!.Value,
            CreatedAt = clock.GetUtcNow(),
            CreatedByUserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
        };
        db.NetworkEvents.Add(networkEvent);
        db.Record(user, "Evenement gepubliceerd", $"{networkEvent.Title} ({partner?.Name ?? "netwerk"})", partner?.Id);
        await db.SaveChangesAsync(cancellationToken);
        return networkEvent.Id;
    }
}
