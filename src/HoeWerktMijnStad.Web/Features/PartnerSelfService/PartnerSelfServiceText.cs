namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>The partner self-service pages' texts: PartnerSelfServiceText.resx (Dutch) and .en.resx.</summary>
public sealed class PartnerSelfServiceText;
