using System.Text.RegularExpressions;
using System.Xml.Linq;
using HoeWerktMijnStad.TestSupport;

namespace HoeWerktMijnStad.UnitTests.Localization;

/// <summary>Every text the site says lives in a feature's .resx (Dutch) with its English twin (.en.resx): a key
/// missing on either side, or a placeholder the translation forgot, shows a visitor a code or a broken sentence.</summary>
public sealed partial class ResourceParityTests
{
    public static TheoryData<string> DutchResources()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Web, "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.EndsWith(".en.resx", StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Web, file));
        }

        return data;
    }

    private static Dictionary<string, string> Texts(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    [Fact]
    public void The_site_has_resources_in_both_languages() => Assert.NotEmpty(DutchResources());

    [Theory]
    [MemberData(nameof(DutchResources))]
    public void Every_Dutch_text_has_an_English_one_with_the_same_placeholders(string resource)
    {
        var dutch = Texts(Path.Combine(RepositoryPaths.Web, resource));
        var englishPath = Path.Combine(RepositoryPaths.Web, Path.ChangeExtension(resource, null) + ".en.resx");
        Assert.True(File.Exists(englishPath), $"{resource} has no English twin");
        var english = Texts(englishPath);

        Assert.Empty(dutch.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(dutch.Keys));
        foreach (var (key, text) in dutch)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{resource}: {key} is empty");
            Assert.False(string.IsNullOrWhiteSpace(english[key]), $"{resource}: {key} is empty in English");
            Assert.Equal(Placeholders(text), Placeholders(english[key]));
        }
    }

    /// <summary>Each key a page flashes (<c>Flash.Success&lt;XText&gt;("Key"</c>) is in XText's resources; a
    /// missing one would show nothing after the save.</summary>
    [Fact]
    public void Every_flashed_key_is_in_its_resources()
    {
        var resources = Directory.EnumerateFiles(RepositoryPaths.Web, "*Text.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => Texts(f).Keys.ToHashSet());
        var used = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Web, "Features"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .SelectMany(f => FlashCall().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Text: m.Groups["text"].Value, Key: m.Groups["key"].Value)))
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, u => Assert.True(resources.TryGetValue(u.Text, out var keys) && keys.Contains(u.Key), $"{u.File}: {u.Text} has no {u.Key}"));
    }

    /// <summary>The workflow refuses with codes; each one says something in both languages.</summary>
    [Fact]
    public void Every_refusal_code_of_the_booking_workflow_has_words()
    {
        var codes = typeof(HoeWerktMijnStad.Web.Features.Bookings.BookingWorkflow)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Contains("Stale", codes);
        Assert.All(codes, code =>
        {
            Assert.False(string.IsNullOrWhiteSpace(SiteText.Of<HoeWerktMijnStad.Web.Features.Bookings.BookingsText>(code)));
            Assert.False(string.IsNullOrWhiteSpace(SiteText.Of<HoeWerktMijnStad.Web.Features.Bookings.BookingsText>(code, SiteText.English)));
        });
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"Flash\.(?:Success|Notice)<(?<text>\w+)>\(""(?<key>\w+)""")]
    private static partial Regex FlashCall();
}
