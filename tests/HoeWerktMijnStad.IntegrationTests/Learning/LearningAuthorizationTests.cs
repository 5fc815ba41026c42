using System.Net;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.Family;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Learning;

/// <summary>Only the programme leader changes learning content: every editor's post, from every other kind of
/// visitor, is refused and changes nothing.</summary>
public sealed class LearningAuthorizationTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public enum Who { Anonymous, Teacher, EditorA, Leader }

    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, Who> Cases()
    {
        var data = new TheoryData<string, Who>();
        foreach (var form in new[] { "les", "rondleiding", "stap", "goed-voorbeeld", "afbeelding", "gezinsvideo" })
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                data.Add(form, who);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Only_the_leader_changes_learning_content(string form, Who who)
    {
        var marker = $"{form}-{who}-{Guid.NewGuid():N}"[..40];
        var (url, fields, files) = await RequestAsync(form, marker);
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = who == Who.Leader });
        if (who != Who.Anonymous)
        {
            var email = who switch { Who.Teacher => SelfServiceWorld.Teacher, Who.EditorA => SelfServiceWorld.EditorA, _ => SelfServiceWorld.Leader };
            await client.SignInAsync(email, SelfServiceWorld.Password);
        }

        var response = who == Who.Leader
            ? (await client.PostFormAsync(url, fields, form, files)).Response
            : await client.PostAsync(url, HtmlForms.Content(fields.Append(new("_handler", form)), files));

        if (who == Who.Leader)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(await ChangedAsync(form, marker), $"the leader should have changed {form}");
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(who == Who.Anonymous ? "/inloggen" : "/geen-toegang", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.False(await ChangedAsync(form, marker), $"{who} must not change {form}");
    }

    private async Task<(string Url, Dictionary<string, string> Fields, Dictionary<string, UploadFile> Files)> RequestAsync(string form, string marker)
    {
        var photo = new Dictionary<string, UploadFile> { ["Input.File"] = new("foto.png", TestImages.Encode(24, 24, SkiaSharp.SKEncodedImageFormat.Png), "image/png") };
        await using var db = fixture.CreateDbContext();
        var partnerId = (await db.Partners.SingleAsync(p => p.Slug == "partner-a")).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return form switch
        {
            "les" => (LearningWorld.NewLetter, LearningWorld.Letter(marker), []),
            "rondleiding" => ("/beheer/leren/rondleidingen/nieuw", new() { ["Input.Title"] = marker, ["Input.PartnerId"] = partnerId, ["Input.Action"] = "concept" }, []),
            "stap" => ($"/beheer/leren/rondleidingen/{await TourIdAsync()}/stappen/nieuw",
                new() { ["Input.Title"] = marker, ["Input.Media"] = "foto", ["Input.AltText"] = "Een foto", ["Input.Action"] = "opslaan" }, photo),
            "goed-voorbeeld" => ("/beheer/leren/goede-voorbeelden/nieuw", new() { ["Input.Title"] = marker, ["Input.Action"] = "concept" }, []),
            "gezinsvideo" => (FamilyVideoWorld.New, FamilyVideoWorld.Form(marker), FamilyVideoWorld.Upload()),
            _ => ("/beheer/leren/afbeeldingen", new() { ["Upload.AltText"] = marker }, new() { ["Upload.File"] = photo["Input.File"] }),
        };
    }

    private async Task<int> TourIdAsync()
    {
        await using var db = fixture.CreateDbContext();
        if (await db.VirtualTours.Where(t => t.Slug == "autorisatie").Select(t => (int?)t.Id).SingleOrDefaultAsync() is { } id)
        {
            return id;
        }

        var tour = new Data.Learning.VirtualTour { Slug = "autorisatie", Title = "Autorisatie", PartnerId = (await db.Partners.SingleAsync(p => p.Slug == "partner-a")).Id };
        db.VirtualTours.Add(tour);
        await db.SaveChangesAsync();
        return tour.Id;
    }

    private async Task<bool> ChangedAsync(string form, string marker)
    {
        await using var db = fixture.CreateDbContext();
        return form switch
        {
            "les" => await db.Lessons.AnyAsync(l => l.Title == marker),
            "rondleiding" => await db.VirtualTours.AnyAsync(t => t.Title == marker),
            "stap" => await db.TourSteps.AnyAsync(s => s.Title == marker),
            "goed-voorbeeld" => await db.BestPractices.AnyAsync(b => b.Title == marker),
            "gezinsvideo" => await db.FamilyVideos.AnyAsync(v => v.Title == marker),
            _ => await db.LearningImages.AnyAsync(i => i.AltText == marker),
        };
    }
}
