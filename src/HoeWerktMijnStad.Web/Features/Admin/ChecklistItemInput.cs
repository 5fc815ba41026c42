using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Web.Features.Bookings;

namespace HoeWerktMijnStad.Web.Features.Admin;

/// <summary>A line of the standard checklist as the programme leader adds or edits it on /beheer/checklist.</summary>
public sealed class ChecklistItemInput
{
    public const int MinLength = 3;

    /// <summary>The column's length (checklist_template_items.text and the bookings' copies).</summary>
    public const int MaxLength = 300;

    /// <summary>0 for a new item.</summary>
    public int Id { get; set; }

    public ChecklistSide Side { get; set; }

    public ChecklistPhase Phase { get; set; }

    public string? Text { get; set; }

    public bool ConfirmOnApply { get; set; }

    /// <summary>The event that ticks an automatic item; none for an item ticked by hand.</summary>
    public ChecklistEvent? TicksOn { get; set; }

    /// <summary>One line: a checklist item is a sentence, whatever the text box let through.</summary>
    public string CleanText => string.Join(' ', (Text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Only the school's items before the visit are confirmed in the application form.</summary>
    public static bool CanConfirmOnApply(ChecklistSide side, ChecklistPhase phase) =>
        side == ChecklistSide.School && phase == ChecklistPhase.Before;

    /// <summary>The refusals, each with the field it belongs to.</summary>
    public IEnumerable<(string Field, string Message)> Check()
    {
        var text = CleanText;
        if (text.Length == 0)
        {
            yield return (nameof(Text), "Vul de tekst van het punt in.");
        }
        else if (text.Length < MinLength || text.Length > MaxLength)
        {
            yield return (nameof(Text), $"De tekst van een punt is {MinLength} tot {MaxLength} tekens lang; deze is {text.Length} tekens.");
        }

        if (!Enum.IsDefined(Side) || !Enum.IsDefined(Phase))
        {
            yield return (nameof(Side), "Kies voor wie het punt is en wanneer.");
        }
        else if (ConfirmOnApply && !CanConfirmOnApply(Side, Phase))
        {
            yield return (nameof(ConfirmOnApply),
                $"Alleen wat de school vooraf regelt, bevestigt de docent bij de aanvraag. Dit punt is voor: {BookingLabels.Of(Side)}, "
                + $"{BookingLabels.Of(Phase).ToLowerInvariant()}. Zet het vinkje bij 'bevestigen bij aanvraag' uit.");
        }

        if (TicksOn is { } when && !Enum.IsDefined(when))
        {
            yield return (nameof(TicksOn), "Kies wanneer het punt zichzelf aanvinkt, of 'met de hand'.");
        }
        else if (TicksOn is not null && ConfirmOnApply)
        {
            yield return (nameof(TicksOn),
                "Een punt dat zichzelf aanvinkt, bevestigt de docent niet bij de aanvraag. Kies 'met de hand', of zet het vinkje bij 'bevestigen bij aanvraag' uit.");
        }
    }

    public static ChecklistItemInput From(ChecklistTemplateItem item) => new()
    {
        Id = item.Id,
        Side = item.Side,
        Phase = item.Phase,
        Text = item.Text,
        ConfirmOnApply = item.ConfirmOnApply,
        TicksOn = item.TicksOn,
    };
}

/// <summary>A button in the list: "up:12", "down:12" or "remove:12".</summary>
public sealed class ChecklistOrderInput
{
    public string? Command { get; set; }

    public bool TryParse(out string verb, out int id)
    {
        var parts = (Command ?? "").Split(':', 2);
        verb = parts[0];
        id = 0;
        return parts.Length == 2 && verb is "up" or "down" or "remove" && int.TryParse(parts[1], out id);
    }
}
