namespace HoeWerktMijnStad.Web.Features.Family.Co2Game;

/// <summary>One answer to a question of the game. <see cref="Value"/> is the number the model calculates with;
/// what it means depends on the question (litres per shower, kWh per day, kg per km, ...).</summary>
public sealed record Co2Option(string Key, string Label, string Explanation, double Value);

/// <summary>One question of the game: a moment of the day, a legend for its radio group, the answers, the
/// answer an ordinary Dutch house would give (where the game starts), and a tip for the result page.</summary>
public sealed record Co2Question(string Key, string Moment, string Title, string Legend, string Tip, string ReferenceKey, IReadOnlyList<Co2Option> Options)
{
    public Co2Option Reference => Find(ReferenceKey) ?? throw new InvalidOperationException($"{Key} has no option {ReferenceKey}");

    public Co2Option? Find(string? key) => Options.FirstOrDefault(o => string.Equals(o.Key, key, StringComparison.Ordinal));
}
