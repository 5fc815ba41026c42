namespace HoeWerktMijnStad.Web.Features.Passports;

/// <summary>The skills passports' texts: PassportsText.resx (Dutch) and .en.resx.</summary>
public sealed class PassportsText;
