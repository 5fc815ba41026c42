namespace HoeWerktMijnStad.Web.Features.Catalogue;

/// <summary>One checkbox of a list of enum choices (themes, levels) in a form.</summary>
public sealed class Choice<T>
    where T : struct, Enum
{
    public T Value { get; set; }

    public bool Selected { get; set; }
}
