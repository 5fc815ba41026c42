using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Features.Bookings;

public static class BookingEndpoints
{
    /// <summary>The confirmed visit as a calendar event to download, for either side: METHOD:PUBLISH (an event
    /// to add, not a meeting request), with the same UID and SEQUENCE as the mailed invitation, so importing
    /// both gives one event.</summary>
    public static WebApplication MapBookingEndpoints(this WebApplication app)
    {
        foreach (var prefix in new[] { "/mijn/boekingen", "/partner/boekingen" })
        {
            app.MapGet(prefix + "/{id:int}/uitnodiging.ics", async (int id, ClaimsPrincipal user, BookingAccess access,
                IDbContextFactory<AppDbContext> dbFactory, BookingMails mails, IOptions<SmtpOptions> smtp, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                if (await access.ActorAsync(user, id, cancellationToken) is not { } actor)
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var booking = await db.Bookings.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.State, b.Sequence }).SingleAsync(cancellationToken);
                if (booking.State != BookingState.Confirmed)
                {
                    return Results.NotFound();
                }

                var link = actor.Side == ChecklistSide.School ? mails.SchoolLink(id) : mails.PartnerLink(id);
                var facts = await BookingFacts.LoadAsync(db, id, cancellationToken);
                var invitation = BookingCalendar.For(facts, BookingCalendar.Publish, booking.Sequence, clock.GetUtcNow(), null, smtp.Value.FromAddress, link);
                return Results.File(System.Text.Encoding.UTF8.GetBytes(invitation.Content), "text/calendar; charset=utf-8", $"bezoek-{id}.ics");
            }).RequireAuthorization();
        }

        return app;
    }
}
