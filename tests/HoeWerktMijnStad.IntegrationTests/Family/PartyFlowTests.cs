using System.Net;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Family.Parties;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Family;

/// <summary>A kids' party booking from the parent's form to the partner's answer, through real mail: the hold,
/// the confirm link, the expiry of an unconfirmed hold, the cancel link and the erasure after 30 days.</summary>
public sealed class PartyFlowTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync()
    {
        fixture.Clock.UtcNow = PartyWorld.Monday;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<int> PartnerIdAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.Partners.Where(p => p.Slug == "partner-a").Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task The_parent_confirms_through_the_mail_and_the_partner_confirms_the_party()
    {
        const string parent = "ouder-bevestigt@thuis.example.nl";
        var slotId = await fixture.PartyAsync();

        Assert.True((await fixture.HoldAsync(slotId, PartyWorld.Form(parent))).Done);
        await fixture.Factory.DeliverMailAsync();
        var held = fixture.Smtp.OnlyMail(parent, "bevestig je reservering");
        Assert.Contains("30 minuten", held.TextBody, StringComparison.Ordinal);
        Assert.Equal((PartyBookingState.Held, 8), await fixture.StateAsync(slotId));

        // opening the link changes nothing (mail scanners open links too)
        var token = fixture.ParentToken(parent);
        var client = fixture.Factory.CreateClient();
        var page = await client.GetStringAsync($"/kinderfeestjes/boeking/{token}");
        Assert.Contains("Reservering bevestigen", page, StringComparison.Ordinal);
        Assert.Equal(PartyBookingState.Held, (await fixture.StateAsync(slotId)).State);

        // the button on that page
        var (_, confirmed) = await client.PostFormAsync($"/kinderfeestjes/boeking/{token}", new Dictionary<string, string> { ["Actie"] = "bevestigen" }, "kinderfeestje-actie");
        Assert.Contains("Bevestigd! Je aanvraag is naar de partner gestuurd.", confirmed, StringComparison.Ordinal);
        Assert.Equal((PartyBookingState.Requested, 8), await fixture.StateAsync(slotId));
        await fixture.Factory.DeliverMailAsync();
        var request = fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "nieuwe aanvraag");
        Assert.Contains("06 12345678", request.TextBody, StringComparison.Ordinal);
        Assert.Contains("8 kinderen van 8 tot 9 jaar", request.TextBody, StringComparison.Ordinal);
        fixture.Smtp.OnlyMail(parent, "je aanvraag is verstuurd");

        var bookingId = await BookingIdAsync(parent);
        var partnerId = await PartnerIdAsync();
        var answer = await fixture.PartiesAsync(p => p.AnswerAsync(bookingId, partnerId, confirm: true, "Neem dichte schoenen mee."));
        Assert.True(answer.Done);
        await fixture.Factory.DeliverMailAsync();
        var yes = fixture.Smtp.OnlyMail(parent, "het feestje gaat door!");
        Assert.Contains("Neem dichte schoenen mee.", yes.TextBody, StringComparison.Ordinal);
        Assert.Equal((PartyBookingState.Confirmed, 8), await fixture.StateAsync(slotId));

        // the link in the answer works as well as the first one
        Assert.Contains("Het feestje gaat door!", await client.GetStringAsync($"/kinderfeestjes/boeking/{fixture.ParentToken(parent)}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unconfirmed_hold_expires_after_30_minutes_and_gives_the_places_back()
    {
        const string parent = "ouder-te-laat@thuis.example.nl";
        var slotId = await fixture.PartyAsync();
        Assert.True((await fixture.HoldAsync(slotId, PartyWorld.Form(parent))).Done);
        await fixture.Factory.DeliverMailAsync();
        var token = fixture.ParentToken(parent);

        fixture.Clock.UtcNow = PartyWorld.Monday.AddMinutes(29);
        Assert.Equal(0, await fixture.JobAsync(j => j.ExpireHoldsAsync()));
        fixture.Clock.UtcNow = PartyWorld.Monday.AddMinutes(31);
        Assert.True(await fixture.JobAsync(j => j.ExpireHoldsAsync()) >= 1);
        Assert.Equal((PartyBookingState.Expired, 0), await fixture.StateAsync(slotId));
        await AssertErasedAsync(slotId);

        Assert.Equal(PartyOutcome.NotPossibleNow, (await fixture.PartiesAsync(p => p.ConfirmByParentAsync(token))).Outcome);
        var page = await fixture.Factory.CreateClient().GetStringAsync($"/kinderfeestjes/boeking/{token}");
        Assert.Contains("Deze reservering is vervallen", page, StringComparison.Ordinal);
        Assert.Contains("value=\"bevestigen\" class=\"button button--primary\" hidden", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirming_too_late_before_the_job_ran_also_gives_the_places_back()
    {
        const string parent = "ouder-net-te-laat@thuis.example.nl";
        var slotId = await fixture.PartyAsync();
        Assert.True((await fixture.HoldAsync(slotId, PartyWorld.Form(parent))).Done);
        await fixture.Factory.DeliverMailAsync();

        fixture.Clock.UtcNow = PartyWorld.Monday.AddMinutes(45);
        Assert.Equal(PartyOutcome.HoldExpired, (await fixture.PartiesAsync(p => p.ConfirmByParentAsync(fixture.ParentToken(parent)))).Outcome);
        Assert.Equal((PartyBookingState.Expired, 0), await fixture.StateAsync(slotId));
        await AssertErasedAsync(slotId);
    }

    [Fact]
    public async Task The_parent_cancels_through_the_link_and_the_partner_hears_of_it()
    {
        const string parent = "ouder-annuleert@thuis.example.nl";
        var slotId = await fixture.PartyAsync();
        Assert.True((await fixture.HoldAsync(slotId, PartyWorld.Form(parent, children: 5))).Done);
        await fixture.Factory.DeliverMailAsync();
        var token = fixture.ParentToken(parent);
        Assert.True((await fixture.PartiesAsync(p => p.ConfirmByParentAsync(token))).Done);

        var client = fixture.Factory.CreateClient();
        var (_, cancelled) = await client.PostFormAsync($"/kinderfeestjes/boeking/{token}", new Dictionary<string, string> { ["Actie"] = "annuleren" }, "kinderfeestje-actie");

        Assert.Contains("Geannuleerd. De plaatsen zijn weer vrij.", cancelled, StringComparison.Ordinal);
        Assert.Equal((PartyBookingState.Cancelled, 0), await fixture.StateAsync(slotId));
        await fixture.Factory.DeliverMailAsync();
        fixture.Smtp.OnlyMail(parent, "geannuleerd");
        Assert.Contains("5 kinderen", fixture.Smtp.LastTo(SelfServiceWorld.EditorA).TextBody, StringComparison.Ordinal);

        // a second cancel (an old tab) changes nothing
        Assert.Equal(PartyOutcome.NotPossibleNow, (await fixture.PartiesAsync(p => p.CancelByParentAsync(token))).Outcome);
        Assert.Equal(0, (await fixture.StateAsync(slotId)).Booked);
    }

    [Fact]
    public async Task Thirty_days_after_the_party_the_parents_data_and_the_mails_about_it_are_gone()
    {
        const string parent = "ouder-vergeten@thuis.example.nl";
        var slotId = await fixture.PartyAsync();
        Assert.True((await fixture.HoldAsync(slotId, PartyWorld.Form(parent))).Done);
        var bookingId = await BookingIdAsync(parent);
        await fixture.Factory.DeliverMailAsync();
        Assert.True((await fixture.PartiesAsync(p => p.ConfirmByParentAsync(fixture.ParentToken(parent)))).Done);
        await using (var other = fixture.CreateDbContext())
        {
            other.QueueEmail(new EmailMessage(parent, "", "Een andere mail", "x"), PartyWorld.Monday);
            await other.SaveChangesAsync();
        }

        fixture.Clock.UtcNow = PartyWorld.WednesdayAfternoon.AddHours(2).AddDays(29);
        await fixture.JobAsync(j => j.EraseAsync());
        Assert.NotNull(await EmailOfAsync(bookingId));

        fixture.Clock.UtcNow = PartyWorld.WednesdayAfternoon.AddHours(2).AddDays(30).AddMinutes(1);
        Assert.True(await fixture.JobAsync(j => j.EraseAsync()) >= 1);

        await using var db = fixture.CreateDbContext();
        var erased = await db.PartyBookings.SingleAsync(b => b.Id == bookingId);
        Assert.True(await db.OutboxEmails.AnyAsync(m => m.Subject == "Een andere mail"), "other mails stay");
        Assert.Null(erased.ParentName);
        Assert.Null(erased.Email);
        Assert.Null(erased.Phone);
        Assert.NotNull(erased.ErasedAt);
        Assert.Equal(8, erased.Children);
        Assert.False(await db.OutboxEmails.AnyAsync(m => m.ToAddress == parent && m.Subject.StartsWith("Kinderfeestje")));
        Assert.False(await db.OutboxEmails.AnyAsync(m => m.Subject.StartsWith($"Kinderfeestje K{bookingId}:")));
    }

    [Fact]
    public async Task A_tampered_link_shows_that_it_does_not_work()
    {
        var response = await fixture.Factory.CreateClient().GetAsync("/kinderfeestjes/boeking/CfDJ8-nagemaakt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Deze link werkt niet</h1>", html, StringComparison.Ordinal);
        Assert.Contains("reserveer opnieuw", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_a_booking_that_is_gone_shows_that_it_does_not_work()
    {
        var token = fixture.Factory.Services.GetRequiredService<PartyLinks>().TokenFor(int.MaxValue);

        var response = await fixture.Factory.CreateClient().GetAsync($"/kinderfeestjes/boeking/{token}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Deze link werkt niet</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task AssertErasedAsync(int slotId)
    {
        await using var db = fixture.CreateDbContext();
        var booking = await db.PartyBookings.SingleAsync(b => b.PartySlotId == slotId);
        Assert.Null(booking.Email);
        Assert.NotNull(booking.ErasedAt);
        Assert.False(await db.OutboxEmails.AnyAsync(m => m.Subject.StartsWith($"Kinderfeestje K{booking.Id}:")));
    }

    private async Task<int> BookingIdAsync(string email)
    {
        await using var db = fixture.CreateDbContext();
        return await db.PartyBookings.Where(b => b.Email == email).Select(b => b.Id).SingleAsync();
    }

    private async Task<string?> EmailOfAsync(int bookingId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.PartyBookings.Where(b => b.Id == bookingId).Select(b => b.Email).SingleAsync();
    }
}
