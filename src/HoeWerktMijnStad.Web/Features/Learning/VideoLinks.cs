using System.Text.RegularExpressions;

namespace HoeWerktMijnStad.Web.Features.Learning;

/// <summary>YouTube videos for tour steps. We store only the video's id, and the page loads nothing from a
/// video platform until the visitor clicks; then it embeds the video from youtube-nocookie.com, which sets no
/// tracking cookies before playback.</summary>
public static partial class VideoLinks
{
    public const string EmbedOrigin = "https://www.youtube-nocookie.com";

    /// <summary>The id from what a leader pastes: a watch, share, shorts or embed link, or the id itself.
    /// Null when it is none of those.</summary>
    public static string? IdFrom(string? text)
    {
        var value = (text ?? "").Trim();
        if (IdPattern().IsMatch(value))
        {
            return value;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            return null;
        }

        var host = url.Host.ToLowerInvariant();
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? candidate = host switch
        {
            "youtu.be" => segments.FirstOrDefault(),
            "youtube.com" or "www.youtube.com" or "m.youtube.com" or "youtube-nocookie.com" or "www.youtube-nocookie.com" => segments switch
            {
                ["watch"] => QueryValue(url.Query, "v"),
                ["embed" or "shorts" or "live" or "v", var id, ..] => id,
                _ => null,
            },
            _ => null,
        };
        return candidate is not null && IdPattern().IsMatch(candidate) ? candidate : null;
    }

    public static string EmbedUrl(string id) => $"{EmbedOrigin}/embed/{id}?autoplay=1&rel=0";

    public static string WatchUrl(string id) => $"https://www.youtube.com/watch?v={id}";

    private static string? QueryValue(string query, string name) =>
        query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == name)?[1];

    [GeneratedRegex(Data.Learning.TourStep.VideoIdPattern)]
    private static partial Regex IdPattern();
}
