using HoeWerktMijnStad.Data.Bookings;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>The standard evaluation form as posted: four ratings 1-5, a mark 1-10, two texts, whether the
/// visit met expectations and the best-practice consent.</summary>
public sealed class EvaluationInput
{
    public const int MaxText = 2_000;

    public int? Preparation { get; set; }
    public int? Content { get; set; }
    public int? LearningGoalsFit { get; set; }
    public int? Organisation { get; set; }
    public int? Mark { get; set; }
    public string? WentWell { get; set; }
    public string? CouldBeBetter { get; set; }
    public bool? MetExpectations { get; set; }
    public bool BestPracticeConsent { get; set; }

    /// <summary>"versturen" sends it (final); anything else saves a draft.</summary>
    public string? Action { get; set; }

    public bool Send => Action == "versturen";

    /// <summary>The ratings the form asks, with their labels.</summary>
    public static readonly (string Field, string Label)[] Ratings =
    [
        (nameof(Preparation), "Voorbereiding"),
        (nameof(Content), "Inhoud van het bezoek"),
        (nameof(LearningGoalsFit), "Aansluiting bij de leerdoelen"),
        (nameof(Organisation), "Organisatie"),
    ];

    public int? Rating(string field) => field switch
    {
        nameof(Preparation) => Preparation,
        nameof(Content) => Content,
        nameof(LearningGoalsFit) => LearningGoalsFit,
        _ => Organisation,
    };

    /// <summary>A draft may be incomplete, but what it holds must be valid; a sent evaluation must be complete.</summary>
    public IEnumerable<(string Field, string Message)> Check()
    {
        foreach (var (field, label) in Ratings)
        {
            var value = Rating(field);
            if (value is null && Send)
            {
                yield return (field, $"Geef een oordeel over \"{label.ToLowerInvariant()}\" (1 tot 5).");
            }
            else if (value is < 1 or > 5)
            {
                yield return (field, $"\"{label}\" is een oordeel van 1 tot 5.");
            }
        }

        if (Mark is null && Send)
        {
            yield return (nameof(Mark), "Geef het bezoek een rapportcijfer van 1 tot 10.");
        }
        else if (Mark is < 1 or > 10)
        {
            yield return (nameof(Mark), "Het rapportcijfer is 1 tot 10.");
        }

        if (MetExpectations is null && Send)
        {
            yield return (nameof(MetExpectations), "Geef aan of het bezoek aan de verwachtingen voldeed.");
        }

        if ((WentWell?.Length ?? 0) > MaxText)
        {
            yield return (nameof(WentWell), $"\"Wat ging goed\" mag hoogstens {MaxText} tekens zijn.");
        }

        if ((CouldBeBetter?.Length ?? 0) > MaxText)
        {
            yield return (nameof(CouldBeBetter), $"\"Wat kan beter\" mag hoogstens {MaxText} tekens zijn.");
        }
    }

    public static EvaluationInput From(Evaluation e) => new()
    {
        Preparation = e.Preparation,
        Content = e.Content,
        LearningGoalsFit = e.LearningGoalsFit,
        Organisation = e.Organisation,
        Mark = e.Mark,
        WentWell = e.WentWell,
        CouldBeBetter = e.CouldBeBetter,
        MetExpectations = e.MetExpectations,
        BestPracticeConsent = e.BestPracticeConsent,
    };
}
