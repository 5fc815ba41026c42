using System.Globalization;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Features.Demand;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Demand;

/// <summary>Accepting an offer: one confirmed booking through the booking code, the other offers closed with a
/// friendly mail, and never two bookings, however many acceptances arrive at once.</summary>
public sealed class DemandAcceptTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private static readonly DateTime VisitLocal = new(2027, 3, 10, 9, 30, 0);
    private static readonly DateTimeOffset Visit = AmsterdamTime.ToInstant(VisitLocal);

    public async Task InitializeAsync()
    {
        fixture.Clock.UtcNow = FixedClock.At(new DateOnly(2026, 11, 23)).UtcNow;
        await fixture.ClearDemandAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(DemandPartner One, DemandPartner Two)> PartnersAsync(string prefix) =>
        (await fixture.PartnerNearAsync($"{prefix}-een", 2), await fixture.PartnerNearAsync($"{prefix}-twee", 4));

    private async Task<Outcome<int>> AcceptAsync(int requestId, int offerId, DateTimeOffset start)
    {
        var teacher = await fixture.TeacherAsync();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var required = (await scope.ServiceProvider.GetRequiredService<BookingRequests>().ConfirmOnApplyAsync()).Select(i => i.Id).ToList();
        var input = new AcceptInput
        {
            OfferId = offerId, ChosenStart = start.ToUnixTimeSeconds(), Adults = 2, DayPhone = "06 12345678",
            Confirmations = required.Select(id => new ApplicationInput.Confirmation { Id = id, Checked = true }).ToList(),
        };
        return await scope.ServiceProvider.GetRequiredService<DemandAcceptance>().AcceptAsync(requestId, teacher, input, required);
    }

    [Fact]
    public async Task The_teacher_accepts_one_offer_it_becomes_a_confirmed_booking_and_the_other_partner_hears_kindly()
    {
        var (one, two) = await PartnersAsync("acc");
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Een bezoek over warmtepompen"));
        var offerOne = await fixture.OfferAsync(requestId, one, VisitLocal, VisitLocal.AddDays(1));
        await fixture.OfferAsync(requestId, two, VisitLocal.AddDays(2));

        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var compare = await teacher.GetStringAsync($"/mijn/vragen/{requestId}");
        Assert.Contains(one.Name, compare, StringComparison.Ordinal);
        Assert.Contains(two.Name, compare, StringComparison.Ordinal);
        Assert.Contains("2,0 km", compare, StringComparison.Ordinal);
        Assert.Contains("4,0 km", compare, StringComparison.Ordinal);

        var (response, html) = await teacher.PostFormAsync($"/mijn/vragen/{requestId}/aanbod/{offerOne}", new Dictionary<string, string>
        {
            ["Input.ChosenStart"] = Visit.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ["Input.Adults"] = "3",
            ["Input.Travel"] = "Bike", ["Input.DayPhone"] = "06 12345678",
            ["Input.Confirmations[0].Checked"] = "true", ["Input.Confirmations[1].Checked"] = "true", ["Input.Confirmations[2].Checked"] = "true",
        }, "aannemen");

        Assert.Contains($"Het bezoek bij {one.Name} is bevestigd", html, StringComparison.Ordinal);
        var bookingId = int.Parse(response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1], CultureInfo.InvariantCulture);
        await using (var db = fixture.CreateDbContext())
        {
            var booking = await db.Bookings.Include(b => b.Slot).Include(b => b.Checklist).SingleAsync();
            Assert.Equal((bookingId, BookingState.Confirmed, one.Id, one.ActivityId, 24, 3, Visit), (booking.Id, booking.State, booking.PartnerId, booking.ActivityId, booking.Pupils, booking.Adults, booking.StartsAt));
            Assert.Equal((24, 24, 1, true), (booking.Slot!.CapacityPupils, booking.Slot.BookedPupils, booking.Slot.BookedGroups, booking.Slot.Closed));
            Assert.Equal(await db.ChecklistTemplateItems.CountAsync(), booking.Checklist.Count);
            var offers = await db.DemandOffers.OrderBy(o => o.Id).Select(o => new { o.State, o.BookingId }).ToListAsync();
            Assert.Equal([(DemandOfferState.Accepted, (int?)bookingId), (DemandOfferState.Closed, null)], offers.Select(o => (o.State, o.BookingId)));
        }

        Assert.Equal(DemandState.Accepted, await fixture.RequestStateAsync(requestId));
        Assert.Contains($"/mijn/boekingen/{bookingId}", await teacher.GetStringAsync($"/mijn/vragen/{requestId}"), StringComparison.Ordinal);

        await fixture.Factory.DeliverMailAsync();
        var (invitation, method) = fixture.Smtp.OnlyMail(SelfServiceWorld.Teacher, "Bevestigd:", bookingId).Invitation();
        Assert.Equal("REQUEST", method);
        Assert.Equal(Visit.UtcDateTime, invitation.Events.Single().Start!.AsUtc);
        fixture.Smtp.OnlyMail(one.Editor, "Bevestigd:", bookingId).Invitation();
        var closed = fixture.Smtp.OnlyMail(two.Editor, "Je aanbod is gesloten");
        Assert.Contains("heeft voor een ander aanbod gekozen", closed.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Smtp.To(two.Editor), m => (m.Subject ?? "").StartsWith("Bevestigd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Many_acceptances_at_the_same_moment_make_exactly_one_booking()
    {
        var (one, two) = await PartnersAsync("race");
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Tegelijk aangenomen"));
        var offers = new[] { await fixture.OfferAsync(requestId, one, VisitLocal), await fixture.OfferAsync(requestId, two, VisitLocal) };

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => AcceptAsync(requestId, offers[i % 2], Visit)));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(DemandRequests.NotOpen, r.Errors.Single().Code));
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.Bookings.CountAsync());
        Assert.Equal(1, await db.DemandOffers.CountAsync(o => o.State == DemandOfferState.Accepted));
        Assert.Equal(1, await db.DemandOffers.CountAsync(o => o.State == DemandOfferState.Closed));
        Assert.Equal(24, await db.Slots.SumAsync(s => s.BookedPupils));
    }

    [Fact]
    public async Task An_offered_date_on_an_existing_slot_takes_its_places_and_never_more_than_it_holds()
    {
        var (one, _) = await PartnersAsync("slot");
        int slotId;
        await using (var db = fixture.CreateDbContext())
        {
            var slot = new Slot { ActivityId = one.ActivityId, StartsAt = Visit, EndsAt = Visit.AddHours(2), CapacityPupils = 30, CapacityGroups = 2 };
            db.Slots.Add(slot);
            await db.SaveChangesAsync();
            slotId = slot.Id;
        }

        var first = await fixture.PostRequestAsync(DemandWorld.Request("Eerste klas", pupils: 24));
        var second = await fixture.PostRequestAsync(DemandWorld.Request("Tweede klas", pupils: 10));
        var firstOffer = await fixture.OfferAsync(first, one, VisitLocal);
        var secondOffer = await fixture.OfferAsync(second, one, VisitLocal);

        Assert.True((await AcceptAsync(first, firstOffer, Visit)).Succeeded);
        var refused = await AcceptAsync(second, secondOffer, Visit);

        Assert.Equal(DemandAcceptance.SlotFull, refused.Errors.Single().Code);
        Assert.Equal(DemandState.Open, await fixture.RequestStateAsync(second));
        await using var check = fixture.CreateDbContext();
        var held = await check.Slots.SingleAsync(s => s.Id == slotId);
        Assert.Equal((24, 1), (held.BookedPupils, held.BookedGroups));
        Assert.Equal(slotId, (await check.Bookings.SingleAsync()).SlotId);
        Assert.Equal(1, await check.Slots.CountAsync());
    }

    [Fact]
    public async Task Two_requests_offered_the_same_activity_and_date_and_accepted_at_once_make_one_booking()
    {
        var (one, _) = await PartnersAsync("dubbel");
        var first = await fixture.PostRequestAsync(DemandWorld.Request("Eerste klas"));
        var second = await fixture.PostRequestAsync(DemandWorld.Request("Tweede klas"));
        var firstOffer = await fixture.OfferAsync(first, one, VisitLocal);
        var secondOffer = await fixture.OfferAsync(second, one, VisitLocal);

        var results = await Task.WhenAll(AcceptAsync(first, firstOffer, Visit), AcceptAsync(second, secondOffer, Visit));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(DemandAcceptance.SlotFull, results.Single(r => !r.Succeeded).Errors.Single().Code);
        Assert.Equal([DemandState.Open, DemandState.Accepted], (await Task.WhenAll(fixture.RequestStateAsync(first), fixture.RequestStateAsync(second))).Order());
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.Bookings.CountAsync());
        Assert.Equal(1, await db.Slots.CountAsync());
    }

    [Fact]
    public async Task A_date_that_overlaps_a_closed_slot_or_a_visit_of_the_activity_is_refused()
    {
        var (one, _) = await PartnersAsync("bezet");
        await using (var db = fixture.CreateDbContext())
        {
            // the partner closed 09:00-11:00; half an hour later the activity is still busy
            db.Slots.Add(new Slot { ActivityId = one.ActivityId, StartsAt = Visit.AddMinutes(-30), EndsAt = Visit.AddMinutes(90), CapacityPupils = 30, CapacityGroups = 1, Closed = true });
            await db.SaveChangesAsync();
        }

        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Bezet"));
        var offerId = await fixture.OfferAsync(requestId, one, VisitLocal, VisitLocal.AddDays(7));
        var refused = await AcceptAsync(requestId, offerId, Visit);
        var accepted = await AcceptAsync(requestId, offerId, Visit.AddDays(7));

        Assert.Equal(DemandAcceptance.SlotFull, refused.Errors.Single().Code);
        Assert.True(accepted.Succeeded);
        await using var check = fixture.CreateDbContext();
        Assert.Equal(Visit.AddDays(7), (await check.Bookings.SingleAsync()).StartsAt);
    }

    [Fact]
    public async Task A_date_less_than_two_days_ahead_is_not_shown_nor_taken()
    {
        var (one, _) = await PartnersAsync("kort");
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Op het laatste moment"));
        var offerId = await fixture.OfferAsync(requestId, one, VisitLocal, VisitLocal.AddDays(7));
        var soon = Visit.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var later = Visit.AddDays(7).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        // a day and a half before the first date: only the second can still be chosen
        fixture.Clock.UtcNow = Visit.AddHours(-36);
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var form = await teacher.GetStringAsync($"/mijn/vragen/{requestId}/aanbod/{offerId}");
        var refused = await AcceptAsync(requestId, offerId, Visit);

        Assert.DoesNotContain($"value=\"{soon}\"", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{later}\"", form, StringComparison.Ordinal);
        Assert.Equal(DemandAcceptance.DateGone, refused.Errors.Single().Code);
        Assert.Equal(DemandState.Open, await fixture.RequestStateAsync(requestId));

        // within two days of the last date too: the offer can no longer be taken at all
        fixture.Clock.UtcNow = Visit.AddDays(6);
        Assert.DoesNotContain("Dit aanbod aannemen", await teacher.GetStringAsync($"/mijn/vragen/{requestId}"), StringComparison.Ordinal);
        Assert.Equal(DemandAcceptance.DateGone, (await AcceptAsync(requestId, offerId, Visit.AddDays(7))).Errors.Single().Code);
    }

    [Fact]
    public async Task A_date_not_offered_or_already_past_is_refused_and_changes_nothing()
    {
        var (one, _) = await PartnersAsync("datum");
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Welke datum"));
        var offerId = await fixture.OfferAsync(requestId, one, VisitLocal);

        var other = await AcceptAsync(requestId, offerId, Visit.AddDays(1));
        fixture.Clock.UtcNow = Visit.AddHours(1);
        var past = await AcceptAsync(requestId, offerId, Visit);

        Assert.Equal(DemandAcceptance.DateGone, other.Errors.Single().Code);
        Assert.Equal(DemandAcceptance.DateGone, past.Errors.Single().Code);
        Assert.Equal(DemandState.Open, await fixture.RequestStateAsync(requestId));
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Bookings.AnyAsync());
    }
}
