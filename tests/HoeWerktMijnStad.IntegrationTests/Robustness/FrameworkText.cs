namespace HoeWerktMijnStad.IntegrationTests.Robustness;

/// <summary>What the fuzzing tests must never find in an answer: a stack trace or the framework's own English
/// (exception pages, binding and validation defaults, status pages, antiforgery failures).</summary>
public static class FrameworkText
{
    private static readonly string[] Phrases =
    [
        "   at ", "at HoeWerktMijnStad.", "An unhandled exception", "Exception", "The field ", "is required", "The value '",
        "is not valid", "Bad Request", "antiforgery", "Antiforgery",
    ];

    /// <summary>The first phrase found in <paramref name="body"/>, or null.</summary>
    public static string? Find(string body) => Phrases.FirstOrDefault(p => body.Contains(p, StringComparison.Ordinal));
}
