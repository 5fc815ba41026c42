namespace HoeWerktMijnStad.Web.Features.Family;

/// <summary>The family corner's texts (parties, videos): FamilyText.resx (Dutch) and .en.resx.</summary>
public sealed class FamilyText;
