using HoeWerktMijnStad.Data.Agenda;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.Web.Features.Agenda;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Agenda;

/// <summary>An event's places hold under parallel sign-ups; the waiting list moves up on a cancellation, with a mail
/// and an invitation; the online link reaches only those with a place.</summary>
public sealed class AgendaSignUpTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private static string Address(int i) => $"docent{i}@kolom.example.nl";

    [Fact]
    public async Task Twenty_people_signing_up_at_once_fill_the_places_and_the_rest_wait_in_order_then_move_up_on_cancellation()
    {
        var eventId = await fixture.EventAsync(capacity: 8);

        // twenty sign-ups at once, each on its own scope and connection, as separate web requests would be
        var signUps = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            fixture.SignUpsAsync(s => s.SignUpAsync(eventId, $"Docent {i}", Address(i), null))));
        Assert.All(signUps, o => Assert.Equal(EventSignUpState.Unconfirmed, o.Value));
        Assert.Equal(0, await fixture.RegisteredAsync(eventId));
        await fixture.Factory.DeliverMailAsync();

        // and twenty confirmations at once
        var tokens = Enumerable.Range(0, 20).Select(i => fixture.SignUpToken(Address(i))).ToList();
        var confirmed = await Task.WhenAll(tokens.Select(t => fixture.SignUpsAsync(s => s.ConfirmAsync(t))));

        Assert.Equal(8, confirmed.Count(o => o.Value == EventSignUpState.Registered));
        Assert.Equal(12, confirmed.Count(o => o.Value == EventSignUpState.Waiting));
        Assert.Equal(8, await fixture.RegisteredAsync(eventId));
        await fixture.Factory.DeliverMailAsync();
        var states = await fixture.StatesAsync(eventId);
        var placed = states.Where(s => s.Value == EventSignUpState.Registered).Select(s => s.Key).ToList();
        Assert.All(placed, a => Assert.Contains(AgendaWorld.ZoomLink, fixture.Smtp.OnlyMail(a, "je bent aangemeld").TextBody, StringComparison.Ordinal));
        var waiting = states.Where(s => s.Value == EventSignUpState.Waiting).Select(s => s.Key).ToList();
        Assert.All(waiting, a => Assert.DoesNotContain(AgendaWorld.ZoomLink, fixture.Smtp.OnlyMail(a, "wachtlijst").TextBody, StringComparison.Ordinal));
        var positions = waiting.Select(a => int.Parse(System.Text.RegularExpressions.Regex.Match(fixture.Smtp.OnlyMail(a, "wachtlijst").TextBody!, @"op plaats (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 12), positions.Order());

        // the first on the waiting list gets the place given up, with the invitation; the count stays 8
        string first;
        await using (var db = fixture.CreateDbContext())
        {
            first = await db.EventSignUps.Where(s => s.EventId == eventId && s.State == EventSignUpState.Waiting)
                .OrderBy(s => s.WaitingTurn).Select(s => s.Email).FirstAsync();
        }

        Assert.True((await fixture.SignUpsAsync(s => s.CancelAsync(fixture.SignUpToken(placed[0])))).Succeeded);
        await fixture.Factory.DeliverMailAsync();
        Assert.Equal(8, await fixture.RegisteredAsync(eventId));
        Assert.Equal(EventSignUpState.Registered, (await fixture.StatesAsync(eventId))[first]);
        var moved = fixture.Smtp.OnlyMail(first, "er is een plaats voor je vrijgekomen");
        var (calendar, method) = moved.Invitation();
        Assert.Equal("REQUEST", method);
        var invited = Assert.Single(calendar.Events);
        Assert.Equal(AgendaCalendar.Uid(eventId), invited.Uid);
        Assert.Contains(AgendaWorld.ZoomLink, invited.Description, StringComparison.Ordinal);
        var (cancelCalendar, cancelMethod) = fixture.Smtp.OnlyMail(placed[0], "je bent afgemeld").Invitation();
        Assert.Equal(("CANCEL", "CANCELLED"), (cancelMethod, Assert.Single(cancelCalendar.Events).Status));

        // someone leaving the waiting list frees no place; a place given up with nobody waiting does
        var last = waiting.First(a => a != first);
        Assert.True((await fixture.SignUpsAsync(s => s.CancelAsync(fixture.SignUpToken(last)))).Succeeded);
        Assert.Equal(8, await fixture.RegisteredAsync(eventId));
    }

    [Fact]
    public async Task A_place_given_up_with_nobody_waiting_becomes_free_and_one_address_signs_up_once()
    {
        var eventId = await fixture.EventAsync(capacity: 2, type: EventType.OpenDay);
        Assert.True((await fixture.SignUpsAsync(s => s.SignUpAsync(eventId, "Ans", "ans@school.example.nl", null))).Succeeded);
        Assert.Equal(AgendaSignUps.AlreadySignedUp,
            (await fixture.SignUpsAsync(s => s.SignUpAsync(eventId, "Ans", "Ans@School.example.nl", null))).Errors.Single().Code);
        await fixture.Factory.DeliverMailAsync();
        var token = fixture.SignUpToken("ans@school.example.nl");
        Assert.Equal(EventSignUpState.Registered, (await fixture.SignUpsAsync(s => s.ConfirmAsync(token))).Value);
        Assert.Equal(EventSignUpState.Registered, (await fixture.SignUpsAsync(s => s.ConfirmAsync(token))).Value);
        Assert.Equal(1, await fixture.RegisteredAsync(eventId));

        Assert.True((await fixture.SignUpsAsync(s => s.CancelAsync(token))).Succeeded);
        Assert.Equal(0, await fixture.RegisteredAsync(eventId));
        Assert.Equal(AgendaSignUps.NotPossibleNow, (await fixture.SignUpsAsync(s => s.CancelAsync(token))).Errors.Single().Code);

        await using var db = fixture.CreateDbContext();
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            db.NetworkEvents.Where(e => e.Id == eventId).ExecuteUpdateAsync(e => e.SetProperty(x => x.Registered, 3)));
    }

    [Fact]
    public async Task The_online_link_shows_only_on_the_page_of_someone_with_a_place()
    {
        var eventId = await fixture.EventAsync(capacity: 1);
        var client = fixture.Factory.CreateClient();
        Assert.DoesNotContain(AgendaWorld.ZoomLink, await client.GetStringAsync($"/agenda/{eventId}"), StringComparison.Ordinal);
        Assert.DoesNotContain(AgendaWorld.ZoomLink, await client.GetStringAsync("/agenda"), StringComparison.Ordinal);

        foreach (var address in new[] { "eerste@po.example.nl", "tweede@po.example.nl" })
        {
            await fixture.SignUpsAsync(s => s.SignUpAsync(eventId, "Iemand", address, null));
        }

        await fixture.Factory.DeliverMailAsync();
        var first = fixture.SignUpToken("eerste@po.example.nl");
        var second = fixture.SignUpToken("tweede@po.example.nl");
        Assert.DoesNotContain(AgendaWorld.ZoomLink, await client.GetStringAsync($"/agenda/aanmelding/{first}"), StringComparison.Ordinal);
        await fixture.SignUpsAsync(s => s.ConfirmAsync(first));
        await fixture.SignUpsAsync(s => s.ConfirmAsync(second));

        var placed = await client.GetStringAsync($"/agenda/aanmelding/{first}");
        Assert.Contains(AgendaWorld.ZoomLink, placed, StringComparison.Ordinal);
        var waiting = await client.GetStringAsync($"/agenda/aanmelding/{second}");
        Assert.Contains("Op de wachtlijst, op plaats 1", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain(AgendaWorld.ZoomLink, waiting, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/agenda/aanmelding/verzonnen")).StatusCode);
    }
}
