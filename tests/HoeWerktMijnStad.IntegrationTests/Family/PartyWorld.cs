using System.Text.RegularExpressions;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.Web.Features.Family.Parties;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.Family;

/// <summary>Kids' parties in partner A's TechLab, a parent's form, and the link from the parent's mail.</summary>
public static partial class PartyWorld
{
    /// <summary>Monday 23 November 2026, 11:00 UTC: the fixture's today.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 11, 0, 0, TimeSpan.Zero);

    /// <summary>Wednesday 25 November 2026, 14:00-16:00 in Amsterdam.</summary>
    public static readonly DateTimeOffset WednesdayAfternoon = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 25), new TimeOnly(14, 0));

    public static async Task<int> PartyAsync(this OutboxFixture fixture, int capacity = 12, DateTimeOffset? startsAt = null)
    {
        await fixture.EnsureSelfServiceWorldAsync();
        await using var db = fixture.CreateDbContext();
        var partner = await db.Partners.SingleAsync(p => p.Slug == "partner-a");
        var site = await db.Sites.FirstOrDefaultAsync(s => s.PartnerId == partner.Id && s.Kind == SiteKind.TechLab)
            ?? db.Sites.Add(new Site
            {
                PartnerId = partner.Id, Name = "TechLab A", Kind = SiteKind.TechLab, Address = "Werkplaatsweg 1", City = "Amsterdam",
                Location = new Point(4.9, 52.37) { SRID = 4326 },
            }).Entity;
        var start = startsAt ?? WednesdayAfternoon;
        var slot = new PartySlot
        {
            Site = site, Title = $"Robots bouwen {Guid.NewGuid():N}", Description = "Bouw en programmeer je eigen robot.",
            StartsAt = start, EndsAt = start.AddHours(2), MinAge = 7, MaxAge = 12, CapacityChildren = capacity,
        };
        db.PartySlots.Add(slot);
        await db.SaveChangesAsync();
        return slot.Id;
    }

    public static PartyInput Form(string email, int children = 8, int ageFrom = 8, int ageTo = 9) => new()
    {
        ParentName = "Sanne de Ouder", Email = email, Phone = "06 12345678", Children = children, AgeFrom = ageFrom, AgeTo = ageTo, Consent = true,
    };

    public static async Task<PartyResult> HoldAsync(this OutboxFixture fixture, int slotId, PartyInput form)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PartyBookings>().HoldAsync(slotId, form);
    }

    public static async Task<T> PartiesAsync<T>(this OutboxFixture fixture, Func<PartyBookings, Task<T>> act)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<PartyBookings>());
    }

    public static async Task<int> JobAsync(this OutboxFixture fixture, Func<PartyJobs, Task<int>> job)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await job(scope.ServiceProvider.GetRequiredService<PartyJobs>());
    }

    /// <summary>The token in the link of the newest mail to the parent.</summary>
    public static string ParentToken(this OutboxFixture fixture, string email) =>
        LinkToken().Match(fixture.Smtp.LastTo(email).TextBody ?? "").Groups[1].Value;

    /// <summary>The only booking of a party, its state and the party's booked count.</summary>
    public static async Task<(PartyBookingState State, int Booked)> StateAsync(this OutboxFixture fixture, int slotId)
    {
        await using var db = fixture.CreateDbContext();
        var state = await db.PartyBookings.Where(b => b.PartySlotId == slotId).Select(b => b.State).SingleAsync();
        return (state, await db.PartySlots.Where(s => s.Id == slotId).Select(s => s.BookedChildren).SingleAsync());
    }

    [GeneratedRegex(@"/kinderfeestjes/boeking/([A-Za-z0-9_-]+)")]
    private static partial Regex LinkToken();
}
