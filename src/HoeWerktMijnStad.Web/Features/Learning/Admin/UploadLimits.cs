using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Infrastructure.Images;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>The largest post an upload page accepts, set on the page as [RequestSizeLimit] and
/// [RequestFormLimits]: the routing middleware applies them before the form is read, so a far too large post
/// is refused instead of buffered. Up to this size the page's own check gives the friendly "too large".</summary>
public static class UploadLimits
{
    /// <summary>Room for the form's text fields (a long Markdown text) beside the file.</summary>
    private const long Fields = 1024 * 1024;

    public const long Lesson = LessonAttachment.MaxBytes + Fields;

    public const long Photo = ImageProcessor.MaxUploadBytes + Fields;

    public const long Video = Data.Family.FamilyVideoFile.MaxBytes + Fields;
}
