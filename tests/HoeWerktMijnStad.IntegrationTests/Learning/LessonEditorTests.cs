using System.Net;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Learning;

/// <summary>The leader writes lesson letters and learning-line activities; visitors see only what is published.</summary>
public sealed class LessonEditorTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private HttpClient Visitor() => fixture.Factory.CreateClient();

    [Fact]
    public async Task A_draft_is_seen_only_by_the_leader_and_is_public_once_published()
    {
        var leader = await fixture.LeaderAsync();

        var (_, saved) = await leader.SaveLessonAsync(LearningWorld.Letter("Water uit de duinen", action: "concept"));
        var draft = await fixture.LessonAsync("Water uit de duinen");

        Assert.Contains("is opgeslagen als concept", saved, StringComparison.Ordinal);
        Assert.Equal("water-uit-de-duinen", draft!.Slug);
        Assert.Null(draft.PublishedAt);
        Assert.Equal(HttpStatusCode.NotFound, (await Visitor().GetAsync("/leren/lesbrieven/water-uit-de-duinen")).StatusCode);
        Assert.DoesNotContain("Water uit de duinen", await Visitor().GetStringAsync("/leren/lesbrieven"), StringComparison.Ordinal);
        Assert.Contains("Dit is een concept", await leader.GetStringAsync("/leren/lesbrieven/water-uit-de-duinen"), StringComparison.Ordinal);

        var (_, published) = await leader.SaveLessonAsync(LearningWorld.Letter("Water uit de duinen", slug: "water-uit-de-duinen"), $"/beheer/leren/lessen/{draft.Id}");

        Assert.Contains("is gepubliceerd en staat nu online", published, StringComparison.Ordinal);
        var page = await Visitor().GetStringAsync("/leren/lesbrieven/water-uit-de-duinen");
        Assert.Contains("<h1>Water uit de duinen</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<li>De leerling kan meten.</li>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Dit is een concept", page, StringComparison.Ordinal);
        Assert.Contains("Water uit de duinen", await Visitor().GetStringAsync("/leren"), StringComparison.Ordinal);
        Assert.Equal(fixture.Clock.GetUtcNow(), (await fixture.LessonAsync("Water uit de duinen"))!.PublishedAt);
    }

    [Fact]
    public async Task Taking_a_lesson_offline_makes_it_a_draft_again()
    {
        var leader = await fixture.LeaderAsync();
        await leader.SaveLessonAsync(LearningWorld.Letter("Offline te halen les"));
        var lesson = await fixture.LessonAsync("Offline te halen les");
        Assert.Equal(HttpStatusCode.OK, (await Visitor().GetAsync($"/leren/lesbrieven/{lesson!.Slug}")).StatusCode);

        var (_, html) = await leader.SaveLessonAsync(LearningWorld.Letter("Offline te halen les", action: "concept", slug: lesson.Slug), $"/beheer/leren/lessen/{lesson.Id}");

        Assert.Contains("is offline gehaald", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Visitor().GetAsync($"/leren/lesbrieven/{lesson.Slug}")).StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_level_and_theme_in_a_shareable_address()
    {
        var leader = await fixture.LeaderAsync();
        await leader.SaveLessonAsync(LearningWorld.Letter("Filter mbo energie", levels: "mbo", theme: "Energie"));
        await leader.SaveLessonAsync(LearningWorld.Letter("Filter vmbo mobiliteit", levels: "vmbo", theme: "Mobiliteit"));

        var both = await Visitor().GetStringAsync("/leren/lesbrieven?niveau=mbo&thema=energie");
        var vmbo = await Visitor().GetStringAsync("/leren/lesbrieven?niveau=vmbo");
        var unknown = await Visitor().GetStringAsync("/leren/lesbrieven?niveau=kleuters&thema=ruimtevaart");

        Assert.Contains("Filter mbo energie", both, StringComparison.Ordinal);
        Assert.DoesNotContain("Filter vmbo mobiliteit", both, StringComparison.Ordinal);
        Assert.Contains("<option value=\"mbo\" selected", both, StringComparison.Ordinal);
        Assert.Contains("Filter vmbo mobiliteit", vmbo, StringComparison.Ordinal);
        Assert.DoesNotContain("Filter mbo energie", vmbo, StringComparison.Ordinal);
        Assert.Contains("Filter mbo energie", unknown, StringComparison.Ordinal);
        Assert.Contains("Filter vmbo mobiliteit", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slug_in_use_is_refused_and_what_was_typed_stays()
    {
        var leader = await fixture.LeaderAsync();
        await leader.SaveLessonAsync(LearningWorld.Letter("De eerste met deze naam", slug: "dubbele-webnaam"));

        var (_, html) = await leader.SaveLessonAsync(LearningWorld.Letter("De tweede met deze naam", slug: "dubbele-webnaam", body: "Mijn **zorgvuldig** getypte les"));

        Assert.Contains("De webnaam &#x27;dubbele-webnaam&#x27; is al in gebruik door &#x27;De eerste met deze naam&#x27;", html, StringComparison.Ordinal);
        Assert.Contains("value=\"De tweede met deze naam\"", html, StringComparison.Ordinal);
        Assert.Contains("Mijn **zorgvuldig** getypte les</textarea>", html, StringComparison.Ordinal);
        Assert.Null(await fixture.LessonAsync("De tweede met deze naam"));
    }

    [Fact]
    public async Task The_preview_shows_the_rendered_lesson_and_saves_nothing()
    {
        var leader = await fixture.LeaderAsync();

        var (_, html) = await leader.SaveLessonAsync(LearningWorld.Letter("Alleen bekeken", action: "voorbeeld", body: "## Proef\n\nDit is **belangrijk**."));

        Assert.Contains("Er is nog niets opgeslagen", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Proef</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>belangrijk</strong>", html, StringComparison.Ordinal);
        Assert.Null(await fixture.LessonAsync("Alleen bekeken"));
    }

    [Fact]
    public async Task Scripts_event_handlers_and_dangerous_links_never_reach_the_public_page()
    {
        var leader = await fixture.LeaderAsync();
        const string Body = "<script>alert('xss')</script>\n\n[klik](javascript:alert(1))\n\n<img src=x onerror=alert(2)>\n\n"
            + "![plaatje](data:image/svg+xml;base64,PHN2Zz4=)\n\n<iframe src=https://evil.example></iframe>\n\nGewone **tekst** blijft.";
        await leader.SaveLessonAsync(LearningWorld.Letter("Les <b>met</b> streken", body: Body));
        var lesson = await fixture.LessonAsync("Les <b>met</b> streken");

        var page = await Visitor().GetStringAsync($"/leren/lesbrieven/{lesson!.Slug}");

        Assert.Contains("<strong>tekst</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Les &lt;b&gt;met&lt;/b&gt; streken", page, StringComparison.Ordinal);
        var lessonHtml = page[page.IndexOf("<article", StringComparison.Ordinal)..page.IndexOf("</article>", StringComparison.Ordinal)];
        var tags = System.Text.RegularExpressions.Regex.Matches(lessonHtml, "<[a-z][^>]*>").Select(m => m.Value).ToList();
        Assert.DoesNotContain(tags, tag => tag.StartsWith("<script", StringComparison.Ordinal) || tag.StartsWith("<iframe", StringComparison.Ordinal) || tag.StartsWith("<b>", StringComparison.Ordinal));
        Assert.DoesNotContain(tags, tag => tag.Contains("onerror", StringComparison.OrdinalIgnoreCase) || tag.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || tag.Contains("data:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_po_activity_needs_its_groups_and_then_shows_in_its_band_on_the_learning_line()
    {
        var leader = await fixture.LeaderAsync();
        var fields = LearningWorld.Letter("Stroom speuren op het plein", levels: "po");
        fields["Input.Kind"] = "PrimaryActivity";
        fields["Input.GroupFrom"] = "";
        fields["Input.GroupTo"] = "";

        var (_, refused) = await leader.SaveLessonAsync(fields, "/beheer/leren/lessen/nieuw?soort=po");
        fields["Input.GroupFrom"] = "3";
        fields["Input.GroupTo"] = "4";
        var (_, saved) = await leader.SaveLessonAsync(fields, "/beheer/leren/lessen/nieuw?soort=po");

        Assert.Contains("Kies voor welke groepen (1 tot en met 8) de activiteit is.", refused, StringComparison.Ordinal);
        Assert.Contains("is gepubliceerd", saved, StringComparison.Ordinal);
        var lesson = await fixture.LessonAsync("Stroom speuren op het plein");
        Assert.Equal((Data.Learning.LessonKind.PrimaryActivity, 3, 4), (lesson!.Kind, lesson.GroupFrom!.Value, lesson.GroupTo!.Value));
        var line = await Visitor().GetStringAsync("/leren");
        var band = line[line.IndexOf("Groep 3 en 4", StringComparison.Ordinal)..line.IndexOf("Loopbaanoriëntatie voor het vmbo", StringComparison.Ordinal)];
        Assert.Contains("href=\"/leren/activiteiten/stroom-speuren-op-het-plein\"", band, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Visitor().GetAsync("/leren/lesbrieven/stroom-speuren-op-het-plein")).StatusCode);
    }

    [Fact]
    public async Task Every_change_leaves_a_line_in_the_audit_log()
    {
        var leader = await fixture.LeaderAsync();

        await leader.SaveLessonAsync(LearningWorld.Letter("Gelogde les"));

        await using var db = fixture.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Subject == "Gelogde les" && e.Action == "Lesbrief gepubliceerd" && e.ActorEmail == "leider@hwms.example.nl"));
    }
}
