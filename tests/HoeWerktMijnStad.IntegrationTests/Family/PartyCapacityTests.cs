using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.Web.Features.Family.Parties;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Family;

/// <summary>A party's places hold under parents booking at the same moment, and the database refuses what the
/// pages would never send.</summary>
public sealed class PartyCapacityTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    [Fact]
    public async Task Thirty_parents_booking_at_once_get_exactly_the_places_there_are()
    {
        fixture.Clock.UtcNow = PartyWorld.Monday;
        var slotId = await fixture.PartyAsync(capacity: 12);

        // each on its own scope and connection, as separate web requests would be
        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            fixture.HoldAsync(slotId, PartyWorld.Form($"ouder{i}@druk.example.nl", children: 3))));

        Assert.Equal(4, results.Count(r => r.Done));
        Assert.All(results.Where(r => !r.Done), r => Assert.Equal(PartyOutcome.NoRoom, r.Outcome));
        await using var db = fixture.CreateDbContext();
        Assert.Equal(12, await db.PartySlots.Where(s => s.Id == slotId).Select(s => s.BookedChildren).SingleAsync());
        Assert.Equal(12, await db.PartyBookings.Where(b => b.PartySlotId == slotId).SumAsync(b => b.Children));
    }

    [Fact]
    public async Task Children_outside_the_partys_ages_and_a_party_that_is_full_are_refused_with_the_reason()
    {
        fixture.Clock.UtcNow = PartyWorld.Monday;
        var slotId = await fixture.PartyAsync(capacity: 10);

        Assert.Equal(PartyOutcome.AgesDoNotFit, (await fixture.HoldAsync(slotId, PartyWorld.Form("jong@thuis.example.nl", ageFrom: 5, ageTo: 6))).Outcome);
        Assert.True((await fixture.HoldAsync(slotId, PartyWorld.Form("eerst@thuis.example.nl", children: 7))).Done);
        var full = await fixture.HoldAsync(slotId, PartyWorld.Form("later@thuis.example.nl", children: 4));
        Assert.Equal((PartyOutcome.NoRoom, 3), (full.Outcome, full.PlacesLeft));
    }

    [Fact]
    public async Task A_party_on_a_school_day_morning_or_beyond_its_capacity_is_refused_by_the_database()
    {
        fixture.Clock.UtcNow = PartyWorld.Monday;
        var tuesday = PartyWorld.WednesdayAfternoon.AddDays(-1);
        await Assert.ThrowsAsync<DbUpdateException>(() => fixture.PartyAsync(startsAt: tuesday));
        var wednesdayMorning = PartyWorld.WednesdayAfternoon.AddHours(-4);
        await Assert.ThrowsAsync<DbUpdateException>(() => fixture.PartyAsync(startsAt: wednesdayMorning));

        var slotId = await fixture.PartyAsync(capacity: 5);
        await using var db = fixture.CreateDbContext();
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            db.PartySlots.Where(s => s.Id == slotId).ExecuteUpdateAsync(s => s.SetProperty(x => x.BookedChildren, 6)));
    }

    [Fact]
    public async Task A_second_booking_from_the_same_address_or_one_two_days_before_the_party_is_refused()
    {
        fixture.Clock.UtcNow = PartyWorld.Monday;
        var slotId = await fixture.PartyAsync();
        Assert.True((await fixture.HoldAsync(slotId, PartyWorld.Form("dubbel@thuis.example.nl", children: 3))).Done);

        Assert.Equal(PartyOutcome.AlreadyBooked, (await fixture.HoldAsync(slotId, PartyWorld.Form("Dubbel@Thuis.example.nl", children: 3))).Outcome);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(3, await db.PartySlots.Where(s => s.Id == slotId).Select(s => s.BookedChildren).SingleAsync());
        }

        fixture.Clock.UtcNow = PartyWorld.WednesdayAfternoon.AddDays(-2).AddMinutes(1);
        Assert.Equal(PartyOutcome.TooSoon, (await fixture.HoldAsync(slotId, PartyWorld.Form("laat@thuis.example.nl", children: 3))).Outcome);
    }

    [Fact]
    public async Task One_address_holds_at_most_two_parties_a_day()
    {
        fixture.Clock.UtcNow = PartyWorld.Monday;
        var first = await fixture.PartyAsync();
        var second = await fixture.PartyAsync(startsAt: PartyWorld.WednesdayAfternoon.AddDays(7));
        var third = await fixture.PartyAsync(startsAt: PartyWorld.WednesdayAfternoon.AddDays(14));
        Assert.True((await fixture.HoldAsync(first, PartyWorld.Form("veel@thuis.example.nl", children: 2))).Done);
        Assert.True((await fixture.HoldAsync(second, PartyWorld.Form("veel@thuis.example.nl", children: 2))).Done);

        Assert.Equal(PartyOutcome.TooManyHolds, (await fixture.HoldAsync(third, PartyWorld.Form("Veel@Thuis.example.nl", children: 2))).Outcome);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(0, await db.PartySlots.Where(s => s.Id == third).Select(s => s.BookedChildren).SingleAsync());
        }

        fixture.Clock.UtcNow = PartyWorld.Monday.AddDays(1).AddMinutes(1);
        Assert.True((await fixture.HoldAsync(third, PartyWorld.Form("veel@thuis.example.nl", children: 2))).Done);
    }

    [Fact]
    public async Task Another_partner_cannot_answer_the_partys_requests()
    {
        fixture.Clock.UtcNow = PartyWorld.Monday;
        var slotId = await fixture.PartyAsync();
        Assert.True((await fixture.HoldAsync(slotId, PartyWorld.Form("ouder@ander.example.nl"))).Done);
        await fixture.Factory.DeliverMailAsync();
        Assert.True((await fixture.PartiesAsync(p => p.ConfirmByParentAsync(fixture.ParentToken("ouder@ander.example.nl")))).Done);
        await using var db = fixture.CreateDbContext();
        var bookingId = await db.PartyBookings.Where(b => b.PartySlotId == slotId).Select(b => b.Id).SingleAsync();
        var partnerB = await db.Partners.Where(p => p.Slug == "partner-b").Select(p => p.Id).SingleAsync();

        Assert.Equal(PartyOutcome.NotFound, (await fixture.PartiesAsync(p => p.AnswerAsync(bookingId, partnerB, confirm: false, null))).Outcome);

        var anonymous = await fixture.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/partner/kinderfeestjes");
        Assert.Contains("/inloggen", anonymous.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        var editorA = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        Assert.Contains("ouder@ander.example.nl", await editorA.GetStringAsync("/partner/kinderfeestjes?partner=partner-a"), StringComparison.Ordinal);
        var editorB = await fixture.SignedInAsync(SelfServiceWorld.EditorB);
        Assert.DoesNotContain("ouder@ander.example.nl", await editorB.GetStringAsync("/partner/kinderfeestjes"), StringComparison.Ordinal);
        var forbidden = await editorB.GetAsync("/partner/kinderfeestjes?partner=partner-a");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.DoesNotContain("ouder@ander.example.nl", await forbidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
