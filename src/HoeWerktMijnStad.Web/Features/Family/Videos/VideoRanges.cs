namespace HoeWerktMijnStad.Web.Features.Family.Videos;

/// <summary>The part of a file a response sends: from a byte offset, this many bytes.</summary>
public sealed record VideoRange(long From, int Length, bool IsPartial);

/// <summary>Which part of a video file to send for a request's Range header. One range only (what players ask
/// for); an open or too large range is cut to the chunk size, which HTTP allows: the player asks for the rest.</summary>
public static class VideoRanges
{
    /// <returns>The part to send, or null when the range lies outside the file (416).</returns>
    public static VideoRange? Requested(HttpRequest request, long size, int chunk)
    {
        var header = request.GetTypedHeaders().Range;
        if (header is null || !string.Equals(header.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase) || header.Ranges.Count != 1)
        {
            // no range (or one we do not serve): the whole file, which the caller streams
            return new VideoRange(0, (int)size, false);
        }

        var range = header.Ranges.Single();
        long from, to;
        if (range.From is { } start)
        {
            from = start;
            to = range.To is { } end ? Math.Min(end, size - 1) : size - 1;
        }
        else
        {
            // "the last N bytes"
            from = Math.Max(0, size - (range.To ?? 0));
            to = size - 1;
        }

        if (from >= size || to < from)
        {
            return null;
        }

        return new VideoRange(from, (int)Math.Min(to - from + 1, chunk), true);
    }
}
