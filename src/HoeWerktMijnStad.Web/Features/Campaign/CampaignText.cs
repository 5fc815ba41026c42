namespace HoeWerktMijnStad.Web.Features.Campaign;

/// <summary>The campaign's texts: CampaignText.resx (Dutch) and .en.resx.</summary>
public sealed class CampaignText;
