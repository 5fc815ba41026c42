using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.Web.Features.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

public sealed class BookingCapacityTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private async Task<Outcome<int>[]> SubmitInParallelAsync(int activityId, IEnumerable<ApplicationInput> forms)
    {
        var teacher = await fixture.TeacherAsync();
        var requests = forms.Select(async form =>
        {
            // each request on its own scope and connection, as separate web requests would be
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<BookingRequests>().SubmitAsync(activityId, form, teacher);
        });
        return await Task.WhenAll(requests);
    }

    [Theory]
    [InlineData(95, 50, 10, 9)] // the pupils run out first: 9 classes of 10 fit in 95 places
    [InlineData(500, 7, 10, 7)] // the groups run out first
    public async Task Fifty_simultaneous_requests_book_exactly_what_fits(int capacityPupils, int capacityGroups, int classSize, int expected)
    {
        var (activityId, slotId) = await fixture.ActivityWithSlotAsync(capacityPupils, capacityGroups);

        var results = await SubmitInParallelAsync(activityId, Enumerable.Range(0, 50).Select(_ => BookingWorld.Application(slotId, classSize)));

        Assert.Equal(expected, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r =>
        {
            Assert.Equal(BookingRequests.SlotTaken, r.FirstError?.Code);
            Assert.Contains("niet genoeg plek", SiteText.Say<BookingsText>(r.Errors.Single()), StringComparison.Ordinal);
        });
        await using var db = fixture.CreateDbContext();
        var slot = await db.Slots.SingleAsync(s => s.Id == slotId);
        Assert.Equal(expected * classSize, slot.BookedPupils);
        Assert.Equal(expected, slot.BookedGroups);
        Assert.Equal(expected, await db.Bookings.CountAsync(b => b.SlotId == slotId));
    }

    [Fact]
    public async Task The_same_form_posted_many_times_at_once_makes_one_booking()
    {
        var (activityId, slotId) = await fixture.ActivityWithSlotAsync(100, 10);
        var form = BookingWorld.Application(slotId, 12);

        var results = await SubmitInParallelAsync(activityId, Enumerable.Range(0, 10).Select(_ => form));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Single(results.Select(r => r.Value).Distinct());
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.Bookings.CountAsync(b => b.SlotId == slotId));
        Assert.Equal(12, (await db.Slots.SingleAsync(s => s.Id == slotId)).BookedPupils);
    }

    [Fact]
    public async Task The_database_refuses_a_count_above_the_capacity_whatever_the_code_does()
    {
        var (_, slotId) = await fixture.ActivityWithSlotAsync(20, 2);
        await using var db = fixture.CreateDbContext();

        var overbook = () => db.Slots.Where(s => s.Id == slotId).ExecuteUpdateAsync(s => s.SetProperty(x => x.BookedPupils, 21));

        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(overbook);
        Assert.Equal("ck_slots_booked_pupils", error.ConstraintName);
    }
}
