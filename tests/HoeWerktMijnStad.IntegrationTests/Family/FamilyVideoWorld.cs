using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.Learning;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Family;

/// <summary>The family video editor's form as a browser posts it, and small video files. Every test names its
/// own videos, so tests share a database without meeting each other's rows.</summary>
public static class FamilyVideoWorld
{
    public const string New = "/beheer/leren/videos/nieuw";

    /// <summary>A video about drinking water of 1 minute 30, published, unless the caller says otherwise.</summary>
    public static Dictionary<string, string> Form(string title, string action = "publiceren", string? youTube = null, string? slug = null,
        string description = "Je ziet hoe duinzand het water schoonmaakt.", string transcript = "[Tekening: duinen.]\n\nHet water zakt door het zand.") => new()
    {
        ["Input.Title"] = title,
        ["Input.Slug"] = slug ?? "",
        ["Input.Utility"] = nameof(Utility.DrinkingWater),
        ["Input.Minutes"] = "1",
        ["Input.Seconds"] = "30",
        ["Input.Description"] = description,
        ["Input.Transcript"] = transcript,
        ["Input.YouTubeLink"] = youTube ?? "",
        ["Input.Action"] = action,
    };

    /// <summary>Bytes that start as a WebM file does (the EBML magic number), enough for our checks.</summary>
    public static byte[] WebM(int length = 4096, byte fill = 0x42)
    {
        var bytes = Enumerable.Repeat(fill, length).ToArray();
        new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }.CopyTo(bytes, 0);
        return bytes;
    }

    public static Dictionary<string, UploadFile> Upload(byte[]? bytes = null, string name = "filmpje.webm", string type = "video/webm") =>
        new() { ["Input.File"] = new UploadFile(name, bytes ?? WebM(), type) };

    public static Task<(HttpResponseMessage Response, string Html)> SaveVideoAsync(this HttpClient client, Dictionary<string, string> fields,
        string page = New, IReadOnlyDictionary<string, UploadFile>? files = null) =>
        client.PostFormAsync(page, fields, "gezinsvideo", files ?? new Dictionary<string, UploadFile>());

    public static async Task<FamilyVideo?> VideoAsync(this OutboxFixture fixture, string title)
    {
        await using var db = fixture.CreateDbContext();
        return await db.FamilyVideos.AsNoTracking().Include(v => v.File).SingleOrDefaultAsync(v => v.Title == title);
    }
}
