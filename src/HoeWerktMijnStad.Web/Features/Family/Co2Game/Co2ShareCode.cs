using System.Text;

namespace HoeWerktMijnStad.Web.Features.Family.Co2Game;

/// <summary>What a shared link held: the answers it named, and whether anything in it was not understood.</summary>
public sealed record Co2SharedChoices(Co2Choices Choices, int Understood, bool HadProblems)
{
    public bool HasResult => Understood > 0;
}

/// <summary>The answers as a short, readable query value for a shared link:
/// <c>keuzes=mensen:4,isolatie:goed,...</c>. Only letters, digits, '-', ':' and ',' appear, so the value
/// needs no escaping in a URL. Reading a link never fails: what is not understood is left out.</summary>
public static class Co2ShareCode
{
    public const string Parameter = "keuzes";
    public const string PagePath = "/techniek-is-een-feest/co2-huis";

    /// <summary>Longer than any real code (about 170 characters); anything longer is not read at all.</summary>
    public const int MaxLength = 400;

    public static string Format(Co2Choices choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var code = new StringBuilder();
        foreach (var question in Co2Questions.All)
        {
            if (code.Length > 0)
            {
                code.Append(',');
            }

            code.Append(question.Key).Append(':').Append(choices.For(question).Key);
        }

        return code.ToString();
    }

    /// <summary>The page address that shows the result of <paramref name="choices"/>.</summary>
    public static string Url(Co2Choices choices) => $"{PagePath}?{Parameter}={Format(choices)}";

    public static Co2SharedChoices Parse(string? code)
    {
        var choices = Co2Choices.Start;
        if (string.IsNullOrWhiteSpace(code))
        {
            return new Co2SharedChoices(choices, 0, false);
        }

        if (code.Length > MaxLength)
        {
            return new Co2SharedChoices(choices, 0, true);
        }

        var problems = false;
        foreach (var part in code.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var question = colon > 0 ? Co2Questions.Find(part[..colon]) : null;
            var option = question?.Find(part[(colon + 1)..]);
            // a question named twice keeps its first answer, as a reader of the link would
            if (question is null || option is null || choices.Has(question))
            {
                problems = true;
                continue;
            }

            choices = choices.With(question, option.Key);
        }

        return new Co2SharedChoices(choices, choices.Count, problems || (choices.Count > 0 && !choices.IsComplete));
    }
}
