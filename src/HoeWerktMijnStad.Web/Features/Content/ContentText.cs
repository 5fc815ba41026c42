namespace HoeWerktMijnStad.Web.Features.Content;

/// <summary>The content editors' texts (lessons, tours and steps, best practices, family videos): what a save
/// did and why it was refused. ContentText.resx (Dutch) and .en.resx.</summary>
public sealed class ContentText;
