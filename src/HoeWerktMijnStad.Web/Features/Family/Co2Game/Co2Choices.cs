using System.Collections.Immutable;

namespace HoeWerktMijnStad.Web.Features.Family.Co2Game;

/// <summary>The answers a player has given so far. A question not answered yet counts with its reference
/// answer, so the game starts as an ordinary house and every choice moves the total from there.
/// Immutable: every choice makes a new instance.</summary>
public sealed class Co2Choices
{
    private readonly ImmutableDictionary<string, string> _picked;

    private Co2Choices(ImmutableDictionary<string, string> picked) => _picked = picked;

    /// <summary>Nothing answered: an ordinary house with the reference household.</summary>
    public static Co2Choices Start { get; } = new(ImmutableDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>Nothing answered yet but the size of the household (1 to 6).</summary>
    public static Co2Choices ForHousehold(int persons)
    {
        var option = Co2Questions.Household.Find(persons.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new ArgumentOutOfRangeException(nameof(persons), persons, "1 to 6 persons");
        return Start.With(Co2Questions.Household, option.Key);
    }

    /// <summary>The same answers, with <paramref name="question"/> answered by the option with <paramref name="optionKey"/>.</summary>
    public Co2Choices With(Co2Question question, string optionKey)
    {
        ArgumentNullException.ThrowIfNull(question);
        var option = question.Find(optionKey) ?? throw new ArgumentException($"{question.Key} has no option {optionKey}", nameof(optionKey));
        return new Co2Choices(_picked.SetItem(question.Key, option.Key));
    }

    /// <summary>The answer to <paramref name="question"/>: the chosen one, or the reference answer.</summary>
    public Co2Option For(Co2Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return _picked.TryGetValue(question.Key, out var key) ? question.Find(key)! : question.Reference;
    }

    public bool Has(Co2Question question) => question is not null && _picked.ContainsKey(question.Key);

    public int Persons => (int)For(Co2Questions.Household).Value;

    /// <summary>Every question has an answer of the player's own.</summary>
    public bool IsComplete => Co2Questions.All.All(Has);

    /// <summary>How many questions have an answer of the player's own.</summary>
    public int Count => _picked.Count;

    /// <summary>Every question answered: the player's answers where given, the reference answer elsewhere.</summary>
    public Co2Choices Completed() =>
        Co2Questions.All.Aggregate(this, (choices, question) => choices.Has(question) ? choices : choices.With(question, question.ReferenceKey));
}
