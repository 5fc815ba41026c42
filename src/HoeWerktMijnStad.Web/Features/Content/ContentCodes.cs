namespace HoeWerktMijnStad.Web.Features.Content;

/// <summary>The refusal codes every content editor shares; their words are in <see cref="ContentText"/>.</summary>
public static class ContentCodes
{
    public const string TooDeep = nameof(TooDeep);
    public const string NoSlug = nameof(NoSlug);
    public const string SlugTaken = nameof(SlugTaken);
    public const string SlugJustTaken = nameof(SlugJustTaken);
    public const string PartnerGone = nameof(PartnerGone);
}
