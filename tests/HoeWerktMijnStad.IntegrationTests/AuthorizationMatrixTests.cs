using System.Net;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests;

/// <summary>Every page that changes data, against every kind of visitor: who may, and that a refusal changes
/// nothing. Uses the partners and accounts that <see cref="SelfServiceWorld"/> sets up (editor A edits
/// partner-a, editor B partner-b).</summary>
public sealed class AuthorizationMatrixTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private string? _teacherStamp;

    public enum Who { Anonymous, Teacher, EditorA, EditorB, Leader }

    public enum Expect { Allowed, Login, AccessDenied, Forbidden }

    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, Who, Expect> Cases()
    {
        var data = new TheoryData<string, Who, Expect>();
        foreach (var endpoint in new[] { "page", "site", "worksite", "activity", "photo", "invite", "block", "partner", "school", "school-import", "checklist" })
        {
            var partnerData = endpoint is "page" or "site" or "worksite" or "activity" or "photo";
            data.Add(endpoint, Who.Anonymous, Expect.Login);
            data.Add(endpoint, Who.Teacher, Expect.AccessDenied);
            data.Add(endpoint, Who.EditorA, partnerData ? Expect.Allowed : Expect.AccessDenied);
            data.Add(endpoint, Who.EditorB, partnerData ? Expect.Forbidden : Expect.AccessDenied);
            data.Add(endpoint, Who.Leader, Expect.Allowed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Only_those_allowed_change_data(string endpoint, Who who, Expect expected)
    {
        var marker = $"{endpoint}-{who}-{Guid.NewGuid():N}"[..40];
        var (url, form, fields) = Request(endpoint, marker, await TeacherIdAsync(), await PartnerAIdAsync());
        var files = Files(endpoint, marker);
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = expected is Expect.Allowed or Expect.Forbidden });
        await SignInAsync(client, who);

        var response = expected is Expect.Allowed or Expect.Forbidden
            ? (await client.PostFormAsync(url, fields, form, files)).Response
            : await client.PostAsync(url, HtmlForms.Content(fields.Append(new("_handler", form)), files));

        switch (expected)
        {
            case Expect.Allowed:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.True(await ChangedAsync(endpoint, marker), $"{who} should have changed {endpoint}");
                return;
            case Expect.Forbidden:
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                break;
            case Expect.Login:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
                break;
            case Expect.AccessDenied:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
                break;
        }

        Assert.False(await ChangedAsync(endpoint, marker), $"{who} must not change {endpoint}");
    }

    private static (string Url, string Form, Dictionary<string, string> Fields) Request(string endpoint, string marker, string teacherId, int partnerA) => endpoint switch
    {
        "page" => ("/partner/pagina?partner=partner-a", "partner-pagina", new()
        {
            ["Input.Slug"] = "partner-a", ["Input.Name"] = "Partner A", ["Input.Pitch"] = marker, ["Input.PageMarkdown"] = "",
        }),
        "site" => ("/partner/locaties?partner=partner-a", "locatie", new()
        {
            ["Input.PartnerSlug"] = "partner-a", ["Input.Id"] = "0", ["Input.Name"] = marker, ["Input.Kind"] = "Office",
            ["Input.Address"] = "Weg 1", ["Input.City"] = "Amsterdam", ["Input.Longitude"] = "4.9", ["Input.Latitude"] = "52.37",
        }),
        "activity" => ("/partner/aanbod?partner=partner-a", "activiteit", new()
        {
            ["Input.PartnerSlug"] = "partner-a", ["Input.Id"] = "0", ["Input.Title"] = marker, ["Input.Type"] = "CompanyVisit",
            ["Input.MinGroupSize"] = "4", ["Input.MaxGroupSize"] = "8", ["Input.DurationMinutes"] = "60", ["Input.Place"] = "",
            ["Input.Levels[0].Value"] = "Mbo", ["Input.Levels[0].Selected"] = "true",
        }),
        "worksite" => ("/partner/werkplekken?partner=partner-a", "werkplek", new()
        {
            ["Input.PartnerSlug"] = "partner-a", ["Input.Id"] = "0", ["Input.Title"] = marker, ["Input.Address"] = "Weg 1", ["Input.City"] = "Amsterdam",
            ["Input.StartDate"] = "2026-11-01", ["Input.EndDate"] = "2026-12-01", ["Input.Longitude"] = "4.9", ["Input.Latitude"] = "52.37",
            ["Input.Levels[0].Value"] = "Mbo", ["Input.Levels[0].Selected"] = "true", ["Input.MaxGroupSize"] = "8",
        }),
        "photo" => ("/partner/afbeeldingen?partner=partner-a", "foto", new() { ["Photo.PartnerSlug"] = "partner-a", ["Photo.AltText"] = marker }),
        "partner" => ("/beheer/partners", "partner", new()
        {
            ["Input.Id"] = "0", ["Input.Name"] = marker, ["Input.Slug"] = "", ["Input.Kind"] = "Other", ["Input.Pitch"] = "Pitch", ["Input.MapStatus"] = "OnMap",
        }),
        "school" => ("/beheer/scholen", "school", new()
        {
            ["Input.Id"] = "0", ["Input.Name"] = marker, ["Input.Type"] = "Primary", ["Input.Address"] = "Weg 1", ["Input.City"] = "Amsterdam",
            ["Input.Longitude"] = "4.9", ["Input.Latitude"] = "52.37", ["Input.Levels[0].Value"] = "Po", ["Input.Levels[0].Selected"] = "true",
        }),
        "school-import" => ("/beheer/scholen", "scholen-import", []),
        "checklist" => ("/beheer/checklist", "checklist-punt", new() { ["Input.Side"] = "Company", ["Input.Phase"] = "After", ["Input.Text"] = marker }),
        "invite" => ("/beheer", "uitnodigen", new()
        {
            ["Invite.PartnerId"] = partnerA.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Invite.Name"] = "Nieuw", ["Invite.Email"] = $"{marker}@partner.example.nl",
        }),
        _ => ("/beheer/accounts", "account-blokkeren", new() { ["Change.UserId"] = teacherId, ["Change.Block"] = "false" }),
    };

    private static Dictionary<string, UploadFile>? Files(string endpoint, string marker) => endpoint switch
    {
        "photo" => new() { ["Photo.File"] = new("foto.png", TestImages.Encode(24, 24, SkiaSharp.SKEncodedImageFormat.Png), "image/png") },
        "school-import" => new()
        {
            ["Import.File"] = new("scholen.csv", System.Text.Encoding.UTF8.GetBytes($"naam;soort;niveaus;adres;plaats;lengtegraad;breedtegraad\n{marker};mbo;mbo;Weg 1;Amsterdam;4,9;52,37\n"), "text/csv"),
        },
        _ => null,
    };

    private async Task<bool> ChangedAsync(string endpoint, string marker)
    {
        await using var db = fixture.CreateDbContext();
        return endpoint switch
        {
            "page" => await db.Partners.AnyAsync(p => p.Pitch == marker),
            "site" => await db.Sites.AnyAsync(s => s.Name == marker),
            "activity" => await db.Activities.AnyAsync(a => a.Title == marker),
            "worksite" => await db.Worksites.AnyAsync(w => w.Title == marker),
            "photo" => await db.PartnerImages.AnyAsync(i => i.AltText == marker),
            "partner" => await db.Partners.AnyAsync(p => p.Name == marker),
            "school" or "school-import" => await db.Schools.AnyAsync(s => s.Name == marker),
            "checklist" => await db.ChecklistTemplateItems.AnyAsync(i => i.Text == marker),
            "invite" => await db.EditorInvitations.AnyAsync(i => i.Email == Invited(marker)),
            // (un)blocking the teacher refreshes the security stamp: a change only the leader may make
            _ => await StampChangedAsync(),
        };
    }

    private static string Invited(string marker) => $"{marker}@partner.example.nl".ToLowerInvariant();

    private async Task<bool> StampChangedAsync()
    {
        await using var db = fixture.CreateDbContext();
        var stamp = await db.Users.Where(u => u.Email == "docent@school.example.nl").Select(u => u.SecurityStamp).SingleAsync();
        return _teacherStamp is not null && stamp != _teacherStamp;
    }

    private async Task<string> TeacherIdAsync()
    {
        await using var db = fixture.CreateDbContext();
        var teacher = await db.Users.SingleAsync(u => u.Email == "docent@school.example.nl");
        _teacherStamp ??= teacher.SecurityStamp;
        return teacher.Id;
    }

    private async Task<int> PartnerAIdAsync()
    {
        await using var db = fixture.CreateDbContext();
        return (await db.Partners.SingleAsync(p => p.Slug == "partner-a")).Id;
    }

    private static async Task SignInAsync(HttpClient client, Who who)
    {
        var email = who switch
        {
            Who.Teacher => "docent@school.example.nl",
            Who.EditorA => "editor-a@partner.example.nl",
            Who.EditorB => "editor-b@partner.example.nl",
            Who.Leader => "leider@hwms.example.nl",
            _ => null,
        };
        if (email is null)
        {
            return;
        }

        var (response, _) = await client.SignInAsync(email, "een lang genoeg wachtwoord");
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"sign-in as {who}: {response.StatusCode}");
    }
}
