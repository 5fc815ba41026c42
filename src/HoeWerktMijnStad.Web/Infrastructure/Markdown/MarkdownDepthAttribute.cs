using System.ComponentModel.DataAnnotations;

namespace HoeWerktMijnStad.Web.Infrastructure.Markdown;

/// <summary>Refuses Markdown that nests deeper than the renderer parses, with a message on the field; the text the
/// editor typed stays in the form (issue 21: such text used to fail the save and the preview with a 500).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MarkdownDepthAttribute : ValidationAttribute
{
    public MarkdownDepthAttribute() : base(MarkdownRenderer.TooDeep)
    {
    }

    public override bool IsValid(object? value) => !MarkdownRenderer.IsTooDeep(value as string);
}
