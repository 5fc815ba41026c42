namespace HoeWerktMijnStad.Web.Features.Family.Co2Game;

/// <summary>A tip for the result: a better answer to one question and what it would save per day.</summary>
public sealed record Co2Tip(Co2Question Question, Co2Option Better, double SavingKg);

/// <summary>The end of a game: the day's CO2, a score from 0 (the most CO2 this household could cause) to 100
/// (the least), the comparison with an average Dutch home, and tips from the player's own answers.</summary>
public sealed record Co2Result(Co2Choices Choices, Co2Day Day, double StartKg, double BestKg, double WorstKg, int Score, IReadOnlyList<Co2Tip> Tips)
{
    /// <summary>Below this saving a tip is not worth a line (rounding noise, or a near tie like cooking).</summary>
    public const double TipThresholdKg = 0.05;

    public const int MaxTips = 3;

    public int Persons => Choices.Persons;

    public double HomeKgPerPerson => Day.HomeKg / Persons;

    public static double AverageHomeKg => Co2Factors.AverageHomeKgPerDay;

    public static double AverageHomeKgPerPerson => Co2Factors.AverageHomeKgPerDay / Co2Factors.AverageHouseholdSize.Value;

    public string Title => Score switch
    {
        >= 90 => "Klimaatkampioen!",
        >= 70 => "Goed bezig!",
        >= 40 => "Op de goede weg",
        _ => "Er valt nog veel te winnen",
    };

    public static Co2Result For(Co2Choices choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var complete = choices.Completed();
        var day = Co2House.Calculate(complete);
        var persons = complete.Persons;
        var start = Co2House.Calculate(Co2Choices.ForHousehold(persons)).TotalKg;
        var best = Co2House.Calculate(Extreme(persons, lowest: true)).TotalKg;
        var worst = Co2House.Calculate(Extreme(persons, lowest: false)).TotalKg;
        var score = worst - best < 1e-9 ? 100 : (int)Math.Round(100 * (worst - day.TotalKg) / (worst - best), MidpointRounding.AwayFromZero);
        return new Co2Result(complete, day, start, best, worst, Math.Clamp(score, 0, 100), TipsFor(complete, day.TotalKg));
    }

    /// <summary>The answers with the least (or most) CO2 for a household of <paramref name="persons"/>: each
    /// question in turn takes its best (or worst) answer given the others, until nothing changes. The
    /// questions barely interact (a heat pump moves gas to electricity, solar offsets electricity), so this
    /// settles in two or three rounds; a unit test compares it with trying every combination.</summary>
    public static Co2Choices Extreme(int persons, bool lowest)
    {
        var choices = Co2Choices.ForHousehold(persons).Completed();
        for (var round = 0; round < 10; round++)
        {
            var changed = false;
            foreach (var question in Co2Questions.Choosable)
            {
                var current = Co2House.Calculate(choices).TotalKg;
                foreach (var option in question.Options)
                {
                    var candidate = choices.With(question, option.Key);
                    var total = Co2House.Calculate(candidate).TotalKg;
                    if (lowest ? total < current - 1e-9 : total > current + 1e-9)
                    {
                        choices = candidate;
                        current = total;
                        changed = true;
                    }
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return choices;
    }

    private static List<Co2Tip> TipsFor(Co2Choices choices, double total)
    {
        var tips = new List<Co2Tip>();
        foreach (var question in Co2Questions.Choosable)
        {
            var (better, saving) = question.Options
                .Select(option => (option, saving: total - Co2House.Calculate(choices.With(question, option.Key)).TotalKg))
                .MaxBy(x => x.saving);
            if (saving >= TipThresholdKg)
            {
                tips.Add(new Co2Tip(question, better, saving));
            }
        }

        return tips.OrderByDescending(t => t.SavingKg).Take(MaxTips).ToList();
    }
}
