using System.Text;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.MapRule;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.MapRule;

/// <summary>The programme leader's figures by month: the page with its charts and table, and both CSV exports
/// as a Dutch spreadsheet program reads them.</summary>
public sealed class LeaderFiguresTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await fixture.TeacherAsync();
        await using var db = fixture.CreateDbContext();
        if (await db.Bookings.AnyAsync())
        {
            return;
        }

        var teacher = await db.Users.SingleAsync(u => u.Email == SelfServiceWorld.Teacher);
        var a = await db.Partners.SingleAsync(p => p.Slug == "partner-a");
        var b = await db.Partners.SingleAsync(p => p.Slug == "partner-b");
        var activity = new Activity { PartnerId = a.Id, Title = "=Dak op; zonnepanelen", Type = ActivityType.CompanyVisit, Levels = [EducationLevel.Vmbo], MinGroupSize = 1, MaxGroupSize = 30, DurationMinutes = 60 };
        db.Activities.Add(activity);
        await db.SaveChangesAsync();

        void Visit(int day, int month, int pupils, BookingState state, int? mark, bool leader)
        {
            var start = AmsterdamTime.ToInstant(new DateOnly(2026, month, day), new TimeOnly(10, 0)).ToUniversalTime();
            var booking = new Booking
            {
                RequestKey = Guid.NewGuid(), ActivityId = activity.Id, PartnerId = a.Id, SchoolId = teacher.SchoolId!.Value, TeacherId = teacher.Id,
                DateOptions = [start], StartsAt = start, EndsAt = start.AddHours(1), State = state, Level = EducationLevel.Vmbo, ClassYear = 3,
                Pupils = pupils, DayPhone = "0612345678", CreatedAt = start.AddDays(-20), LeaderAttending = leader,
            };
            if (mark is { } m)
            {
                booking.Evaluations.Add(new Evaluation
                {
                    Side = ChecklistSide.School, Preparation = 4, Content = 4, LearningGoalsFit = 4, Organisation = 4, Mark = m, MetExpectations = true,
                    AuthorName = "Docent", UpdatedAt = start, SentAt = start.AddDays(1),
                });
            }

            db.Bookings.Add(booking);
        }

        Visit(8, 9, 20, BookingState.Completed, 8, leader: true);
        Visit(22, 9, 25, BookingState.Completed, 7, leader: false);
        Visit(13, 10, 18, BookingState.Completed, null, leader: false);
        Visit(20, 10, 30, BookingState.NotHappened, null, leader: false);
        Visit(3, 11, 22, BookingState.Confirmed, null, leader: true);
        // partner B went off the map at the close of October (on 1 November)
        b.MapStatus = MapStatus.OffMap;
        db.MapStatusChanges.Add(new MapStatusChange
        {
            PartnerId = b.Id, OldStatus = MapStatus.OnMap, NewStatus = MapStatus.OffMap, Month = new DateOnly(2026, 10, 1), Reason = MapStatusReason.NoVisit,
            ActorName = "Hoe Werkt Mijn Stad", At = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0)).ToUniversalTime(),
        });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_figures_csv_has_one_row_a_month_with_the_right_numbers()
    {
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var response = await leader.GetAsync("/beheer/cijfers.csv?van=2026-09&tot=2026-11");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "maand;uitgevoerde bezoeken;leerlingen;partners op de kaart;gemiddeld cijfer;bezoeken met programmaleider",
            "2026-09;2;45;2;7,5;1",
            "2026-10;1;18;2;;0",
            "2026-11;0;0;1;;0",
        ], lines);
    }

    [Fact]
    public async Task The_visit_list_csv_names_each_visit_and_keeps_text_out_of_formulas()
    {
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var text = Encoding.UTF8.GetString((await leader.GetByteArrayAsync("/beheer/bezoeken.csv?van=2026-09&tot=2026-11"))[3..]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("datum;tijd;partner;school;activiteit;klas;leerlingen;status;programmaleider mee;cijfer school;cijfer bedrijf", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.Equal("2026-09-08;10:00;Partner A;Testschool Oost;\"'=Dak op; zonnepanelen\";vmbo 3;20;Uitgevoerd;ja;8;", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("2026-10-20;10:00;", StringComparison.Ordinal) && l.Contains(";Niet doorgegaan;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2026-11-03;", StringComparison.Ordinal) && l.Contains(";Bevestigd;ja;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_draws_the_charts_with_their_numbers_and_only_the_leader_gets_the_exports()
    {
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var page = await leader.GetStringAsync("/beheer/cijfers?van=2026-09&tot=2026-11");
        Assert.Contains("role=\"img\" aria-label=\"Uitgevoerde schoolbezoeken: sep 26 2, okt 26 1, nov 26 0\"", page, StringComparison.Ordinal);
        Assert.Contains("<title>Uitgevoerde schoolbezoeken: sep 26 2, okt 26 1, nov 26 0</title>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">september 2026</th>", page, StringComparison.Ordinal);

        var reversed = await leader.GetStringAsync("/beheer/cijfers?van=2026-11&tot=2026-09");
        Assert.Contains("De beginmaand ligt na de eindmaand", reversed, StringComparison.Ordinal);

        var editor = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
        await editor.SignInAsync(SelfServiceWorld.EditorA, SelfServiceWorld.Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await editor.GetAsync("/beheer/bezoeken.csv")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await fixture.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/beheer/cijfers.csv")).StatusCode);
    }
}
