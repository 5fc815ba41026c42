using System.Text;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Learning;

/// <summary>The leader's forms for learning content as a browser posts them, on the self-service world's
/// accounts (the leader, a teacher, editors A and B). Every test names its own items, so tests in one class
/// share a database without meeting each other's rows.</summary>
public static class LearningWorld
{
    public const string NewLetter = "/beheer/leren/lessen/nieuw?soort=lesbrief";

    public static async Task<HttpClient> LeaderAsync(this OutboxFixture fixture)
    {
        await fixture.EnsureSelfServiceWorldAsync();
        return await fixture.SignedInAsync(SelfServiceWorld.Leader);
    }

    /// <summary>A lesson letter's form: for vmbo and mbo, energy, 90 minutes, unless the caller says otherwise.</summary>
    public static Dictionary<string, string> Letter(string title, string action = "publiceren", string body = "## Start\n\nWe beginnen met een proef.",
        string? slug = null, string levels = "vmbo mbo", string theme = "Energie")
    {
        // the level checkboxes in the form's order: po, vmbo, mbo
        var ticked = levels.Split(' ');
        return new()
        {
            ["Input.Title"] = title,
            ["Input.Slug"] = slug ?? "",
            ["Input.Summary"] = $"Samenvatting van {title}",
            ["Input.Levels[0].Selected"] = ticked.Contains("po") ? "true" : "false",
            ["Input.Levels[1].Selected"] = ticked.Contains("vmbo") ? "true" : "false",
            ["Input.Levels[2].Selected"] = ticked.Contains("mbo") ? "true" : "false",
            ["Input.Theme"] = theme,
            ["Input.DurationMinutes"] = "90",
            ["Input.LearningGoals"] = "De leerling kan uitleggen hoe het werkt.\nDe leerling kan meten.",
            ["Input.BodyMarkdown"] = body,
            ["Input.Action"] = action,
        };
    }

    public static Task<(HttpResponseMessage Response, string Html)> SaveLessonAsync(this HttpClient client, Dictionary<string, string> fields,
        string page = NewLetter, IReadOnlyDictionary<string, UploadFile>? files = null) =>
        client.PostFormAsync(page, fields, "les", files ?? new Dictionary<string, UploadFile>());

    public static async Task<Lesson?> LessonAsync(this OutboxFixture fixture, string title)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Lessons.AsNoTracking().Include(l => l.Attachment).SingleOrDefaultAsync(l => l.Title == title);
    }

    /// <summary>A small, complete PDF.</summary>
    public static byte[] Pdf(string text = "Werkblad") =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static UploadFile PdfUpload(string name = "werkblad.pdf", byte[]? bytes = null) => new(name, bytes ?? Pdf(), "application/pdf");
}
