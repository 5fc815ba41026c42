namespace HoeWerktMijnStad.Web.Features.Learning;

/// <summary>The learning pages' and content editors' texts: LearningText.resx (Dutch) and .en.resx.</summary>
public sealed class LearningText;
