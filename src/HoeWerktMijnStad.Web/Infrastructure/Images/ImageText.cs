namespace HoeWerktMijnStad.Web.Infrastructure.Images;

/// <summary>The words of the image checks (ImageText.resx, ImageText.en.resx), whichever feature uploads.</summary>
public sealed class ImageText;
