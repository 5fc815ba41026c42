using System.Text.RegularExpressions;
using HoeWerktMijnStad.TestSupport;

namespace HoeWerktMijnStad.UnitTests.Localization;

/// <summary>A message never travels in the address (ADR 0023): a page that reads or writes <c>?bericht=</c> would let
/// any link make the site say words of its own.</summary>
public sealed partial class NoTextInAddressTests
{
    [Fact]
    public void No_page_reads_or_writes_a_message_in_the_address()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Web, "Features"), "*.*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Web, "Components"), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => MessageInAddress().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Web, f))
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"[?&]bericht=|Name = ""bericht""")]
    private static partial Regex MessageInAddress();
}
