namespace HoeWerktMijnStad.Web.Features.Schools;

/// <summary>The school links' texts: SchoolsText.resx (Dutch) and .en.resx.</summary>
public sealed class SchoolsText;
