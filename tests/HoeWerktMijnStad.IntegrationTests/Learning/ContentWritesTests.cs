using System.Security.Claims;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Features.Learning.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Learning;

/// <summary>The one save pipeline every content type shares, called as the editor pages call it.</summary>
public sealed class ContentWritesTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private ClaimsPrincipal Leader { get; set; } = new();

    public async Task InitializeAsync()
    {
        await fixture.EnsureSelfServiceWorldAsync();
        Leader = await fixture.PrincipalAsync(SelfServiceWorld.Leader, Roles.ProgrammeLeader);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<T> WithAsync<T>(Func<LessonWrites, Task<T>> act)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<LessonWrites>());
    }

    private static LessonInput Letter(string title, string? slug = null, string action = EditorAction.Publish)
    {
        var input = LessonInput.New(LessonKind.LessonLetter);
        (input.Title, input.Slug, input.BodyMarkdown, input.Action) = (title, slug, "## Proef\n\nWe meten.", action);
        return input;
    }

    [Fact]
    public async Task A_new_lesson_is_saved_published_and_logged_and_says_so()
    {
        var outcome = await WithAsync(w => w.SaveAsync(Letter("Schrijvers eerste les"), Leader));

        Assert.True(outcome.Succeeded);
        Assert.Equal("Published", outcome.Value!.Done);
        Assert.Equal("'Schrijvers eerste les' is gepubliceerd en staat nu online.", SiteText.Of<ContentText>(outcome.Value.Done, arguments: outcome.Value.Title));
        await using var db = fixture.CreateDbContext();
        var lesson = await db.Lessons.SingleAsync(l => l.Id == outcome.Value.Id);
        Assert.Equal("schrijvers-eerste-les", lesson.Slug);
        Assert.NotNull(lesson.PublishedAt);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Subject == "Schrijvers eerste les" && e.Action == "Lesbrief gepubliceerd"));
    }

    [Fact]
    public async Task A_taken_web_name_is_refused_at_its_field_with_the_title_that_holds_it_and_nothing_is_stored()
    {
        await WithAsync(w => w.SaveAsync(Letter("Eerste met webnaam", slug: "gedeelde-webnaam-writes"), Leader));

        var outcome = await WithAsync(w => w.SaveAsync(Letter("Tweede met webnaam", slug: "gedeelde-webnaam-writes"), Leader));

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(nameof(LessonInput.Slug), error.Field);
        Assert.Equal("De webnaam 'gedeelde-webnaam-writes' is al in gebruik door 'Eerste met webnaam'. Kies een andere webnaam.", SiteText.Say<ContentText>(error));
        Assert.Equal("The web name 'gedeelde-webnaam-writes' is already used by 'Eerste met webnaam'. Choose another web name.", SiteText.Say<ContentText>(error, SiteText.English));
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Lessons.AnyAsync(l => l.Title == "Tweede met webnaam"));
    }

    [Fact]
    public async Task Saving_a_lesson_deleted_meanwhile_says_so_and_does_not_bring_it_back()
    {
        var saved = (await WithAsync(w => w.SaveAsync(Letter("Verdwijnende les"), Leader))).Value!;
        await WithAsync(async w => { await w.DeleteAsync(saved.Id, saved.Title, Leader); return true; });

        var edit = Letter("Verdwijnende les, bewerkt", action: EditorAction.Draft);
        edit.Id = saved.Id;
        var outcome = await WithAsync(w => w.SaveAsync(edit, Leader));

        Assert.Equal("LessonGone", Assert.Single(outcome.Errors).Code);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Lessons.AnyAsync(l => l.Id == saved.Id));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Subject == "Verdwijnende les" && e.Action == "Les verwijderd"));
    }

    [Fact]
    public async Task Two_saves_of_one_web_name_at_once_store_one_lesson_and_refuse_the_other_at_its_field()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 4).Select(i =>
            WithAsync(w => w.SaveAsync(Letter($"Gelijktijdig {i}", slug: "tegelijk-writes"), Leader))));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(nameof(LessonInput.Slug), Assert.Single(o.Errors).Field));
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.Lessons.CountAsync(l => l.Slug == "tegelijk-writes"));
    }

    [Fact]
    public async Task A_step_removed_twice_is_gone_the_second_time_and_the_others_are_numbered_anew()
    {
        var tourInput = new TourInput { Title = "Stappentour writes", PartnerId = await PartnerIdAsync(), Action = EditorAction.Draft };
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var tour = (await scope.ServiceProvider.GetRequiredService<TourWrites>().SaveAsync(tourInput, Leader)).Value!;
        var steps = scope.ServiceProvider.GetRequiredService<TourSteps>();
        foreach (var title in new[] { "Een", "Twee", "Drie" })
        {
            var step = new TourStepInput { Title = title, Media = TourStepInput.Video, VideoUrl = "https://youtu.be/dQw4w9WgXcQ", TextMarkdown = "Wat je ziet." };
            Assert.True((await steps.SaveAsync(tour.Id, tour.Title, step, null, Leader)).Succeeded);
        }

        await using var db = fixture.CreateDbContext();
        var two = await db.TourSteps.Where(s => s.TourId == tour.Id && s.Title == "Twee").Select(s => s.Id).SingleAsync();

        var first = await steps.MoveAsync(tour.Id, tour.Title, "weg", two, Leader);
        var second = await steps.MoveAsync(tour.Id, tour.Title, "weg", two, Leader);

        Assert.Equal("StepRemoved", first.Value!.Done);
        Assert.Equal(TourSteps.Gone, Assert.Single(second.Errors).Code);
        Assert.Equal(["Een", "Drie"], await db.TourSteps.Where(s => s.TourId == tour.Id).OrderBy(s => s.Position).Select(s => s.Title).ToListAsync());
        Assert.Equal([0, 1], await db.TourSteps.Where(s => s.TourId == tour.Id).OrderBy(s => s.Position).Select(s => s.Position).ToListAsync());
    }

    private async Task<int> PartnerIdAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.Partners.Where(p => p.Slug == "partner-a").Select(p => p.Id).SingleAsync();
    }
}
