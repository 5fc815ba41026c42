namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>The request-and-offer pages' texts: DemandText.resx (Dutch) and .en.resx.</summary>
public sealed class DemandText;
