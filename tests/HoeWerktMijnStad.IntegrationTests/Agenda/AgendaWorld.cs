using System.Text.RegularExpressions;
using HoeWerktMijnStad.Data.Agenda;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.Web.Features.Agenda;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.Agenda;

/// <summary>Events of partner A in the agenda, sign-ups through the feature class, and the links in their mails.</summary>
public static partial class AgendaWorld
{
    /// <summary>Wednesday 2 December 2026, 15:00-17:00 in Amsterdam (the fixture's today is Monday 23 November).</summary>
    public static readonly DateTimeOffset Wednesday = AmsterdamTime.ToInstant(new DateOnly(2026, 12, 2), new TimeOnly(15, 0));

    public const string ZoomLink = "https://zoom.example.nl/j/123456789";

    public static async Task<int> EventAsync(this OutboxFixture fixture, int capacity = 8, EventType type = EventType.OnlineSession,
        EventAudience audience = EventAudience.Everyone, string? title = null)
    {
        await fixture.EnsureSelfServiceWorldAsync();
        await using var db = fixture.CreateDbContext();
        var partner = await db.Partners.SingleAsync(p => p.Slug == "partner-a");
        var online = type == EventType.OnlineSession;
        var e = new NetworkEvent
        {
            Title = title ?? $"Warmtepompen in de klas {Guid.NewGuid():N}"[..40], Description = "Docenten van po, vmbo en mbo praten met installateurs.",
            Type = type, Audience = audience, PartnerId = partner.Id, StartsAt = Wednesday, EndsAt = Wednesday.AddHours(2),
            Place = online ? null : "TechLab A, Werkplaatsweg 1", Location = online ? null : new Point(4.9, 52.37) { SRID = 4326 },
            OnlineLink = online ? ZoomLink : null, Capacity = capacity, CreatedAt = fixture.Clock.GetUtcNow(),
        };
        db.NetworkEvents.Add(e);
        await db.SaveChangesAsync();
        return e.Id;
    }

    public static async Task<T> SignUpsAsync<T>(this OutboxFixture fixture, Func<AgendaSignUps, Task<T>> act)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<AgendaSignUps>());
    }

    /// <summary>The token in the link of the newest mail to this address.</summary>
    public static string SignUpToken(this OutboxFixture fixture, string email) =>
        LinkToken().Match(fixture.Smtp.LastTo(email).TextBody ?? "").Groups[1].Value;

    public static async Task<Dictionary<string, EventSignUpState>> StatesAsync(this OutboxFixture fixture, int eventId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.EventSignUps.Where(s => s.EventId == eventId).ToDictionaryAsync(s => s.Email, s => s.State);
    }

    public static async Task<int> RegisteredAsync(this OutboxFixture fixture, int eventId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.NetworkEvents.Where(e => e.Id == eventId).Select(e => e.Registered).SingleAsync();
    }

    [GeneratedRegex(@"/agenda/aanmelding/([A-Za-z0-9_%-]+)")]
    private static partial Regex LinkToken();
}
