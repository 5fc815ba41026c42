namespace HoeWerktMijnStad.Web.Components.Shared;

/// <summary>One checkbox of a list of enum choices (themes, levels) in a form.</summary>
public sealed class Choice<T>
    where T : struct, Enum
{
    public T Value { get; set; }

    public bool Selected { get; set; }
}

/// <summary>The two directions between a stored list of enum values and a form's checkboxes.</summary>
public static class Choices
{
    /// <summary>A checkbox for every value of <typeparamref name="T"/>, ticked where <paramref name="selected"/> has it.</summary>
    public static List<Choice<T>> Of<T>(IEnumerable<T> selected)
        where T : struct, Enum
    {
        var ticked = selected.ToHashSet();
        return Enum.GetValues<T>().Select(value => new Choice<T> { Value = value, Selected = ticked.Contains(value) }).ToList();
    }

    /// <summary>The ticked values, each once (a forged post may repeat one, leave the list out, or send a number
    /// that is no value of <typeparamref name="T"/>: the form mapper takes "-1" for an enum).</summary>
    public static List<T> Selected<T>(IEnumerable<Choice<T>>? choices)
        where T : struct, Enum => (choices ?? []).Where(c => c.Selected && Enum.IsDefined(c.Value)).Select(c => c.Value).Distinct().ToList();
}
