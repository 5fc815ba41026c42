using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using System.Security.Cryptography;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Family.Videos;

public sealed record VideoFileCheck(byte[]? Bytes, string? ContentType, FieldError? Error);

/// <summary>Decides whether an upload is a video we can host by its bytes, never by its name or the type the
/// browser claims: WebM starts with the EBML magic number, MP4 has its "ftyp" box at byte 4. The database checks
/// the same (ck_family_video_files_bytes).</summary>
public static class VideoFiles
{
    private static readonly byte[] WebM = [0x1A, 0x45, 0xDF, 0xA3];
    private static readonly byte[] Mp4Box = "ftyp"u8.ToArray();

    public static async Task<VideoFileCheck> ReadAsync(IFormFile? file, CancellationToken cancellationToken = default)
    {
        if (file is null || file.Length == 0)
        {
            return new VideoFileCheck(null, null, FieldError.Form("VideoMissing"));
        }

        if (file.Length > FamilyVideoFile.MaxBytes)
        {
            return new VideoFileCheck(null, null, TooBig(file.Length));
        }

        // one array of the upload's size: a video is large, so no growing buffer and no copy of it
        var bytes = new byte[file.Length];
        await using (var upload = file.OpenReadStream())
        {
            await upload.ReadExactlyAsync(bytes, cancellationToken);
        }

        return Check(bytes);
    }

    public static VideoFileCheck Check(byte[] bytes)
    {
        if (bytes.Length > FamilyVideoFile.MaxBytes)
        {
            return new VideoFileCheck(null, null, TooBig(bytes.Length));
        }

        var span = bytes.AsSpan();
        if (span.Length >= 16 && span.StartsWith(WebM))
        {
            return new VideoFileCheck(bytes, "video/webm", null);
        }

        if (span.Length >= 16 && span[4..8].SequenceEqual(Mp4Box))
        {
            return new VideoFileCheck(bytes, "video/mp4", null);
        }

        return new VideoFileCheck(null, null, FieldError.Form("VideoNotVideo"));
    }

    /// <summary>Captions as WebVTT text: UTF-8 (a byte-order mark is dropped), starting with "WEBVTT".</summary>
    public static async Task<(string? Captions, FieldError? Error)> ReadCaptionsAsync(IFormFile file, CancellationToken cancellationToken = default)
    {
        if (file.Length > FamilyVideoFile.MaxCaptions)
        {
            return (null, FieldError.Form("CaptionsTooBig", FamilyVideoFile.MaxCaptions / 1000));
        }

        using var reader = new StreamReader(file.OpenReadStream(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        string text;
        try
        {
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return (null, FieldError.Form("CaptionsNotUtf8"));
        }

        return CheckCaptions(text);
    }

    public static (string? Captions, FieldError? Error) CheckCaptions(string text)
    {
        text = text.TrimStart('\uFEFF');
        if (!text.StartsWith("WEBVTT", StringComparison.Ordinal) || (text.Length > 6 && !char.IsWhiteSpace(text[6])))
        {
            return (null, FieldError.Form("CaptionsNotVtt"));
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return (null, FieldError.Form("CaptionsNotText"));
        }

        return text.Length > FamilyVideoFile.MaxCaptions
            ? (null, FieldError.Form("CaptionsTooBig", FamilyVideoFile.MaxCaptions / 1000))
            : (text, null);
    }

    public static string CaptionsUrlOf(int videoId, string hash) => $"{UrlOf(videoId, hash)}/ondertitels.vtt";

    /// <summary>Copies a hosted file to a response body as the database sends it, never the whole file in memory.</summary>
    /// <remarks>Only while the file is still the one <paramref name="hash"/> names: a replaced file sends nothing.</remarks>
    public static async Task CopyToAsync(IDbContextFactory<AppDbContext> dbFactory, int videoId, string hash, Stream body, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT f.bytes FROM family_video_files f JOIN family_videos v ON v.id = f.video_id
            WHERE f.video_id = @id AND v.file_hash = @hash
            """;
        foreach (var (name, value) in new (string, object)[] { ("id", videoId), ("hash", hash) })
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, value);
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            await using var file = reader.GetStream(0);
            await file.CopyToAsync(body, cancellationToken);
        }
    }

    /// <summary>The hash that names the file in its address: a new file, a new address.</summary>
    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The file's address; the hash makes it safe to cache for good.</summary>
    public static string UrlOf(int videoId, string hash) => $"/media/gezinsvideos/{videoId}/{hash}";

    public static string Duration(int seconds) => seconds < 90
        ? seconds == 1 ? "1 seconde" : $"{seconds} seconden"
        : $"ongeveer {(int)Math.Round(seconds / 60.0)} minuten";

    private static FieldError TooBig(long length) =>
        FieldError.Form("VideoTooBig", length / 1024.0 / 1024.0, FamilyVideoFile.MaxBytes / 1024 / 1024);
}
