using HoeWerktMijnStad.Data.Family;

namespace HoeWerktMijnStad.Web.Features.Demo;

internal sealed record DemoFamilyVideo(string Slug, Utility Utility, string Title, int Seconds, string Description, string Transcript);

internal static class DemoFamilyVideos
{
    public static readonly IReadOnlyList<DemoFamilyVideo> All = [];

    public static string FilePath(DemoFamilyVideo video) => Path.Combine(AppContext.BaseDirectory, "Features", "Demo", "Media", $"{video.Slug}.webm");
}
