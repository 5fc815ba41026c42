using HoeWerktMijnStad.Data.Campaign;

namespace HoeWerktMijnStad.Web.Features.Campaign;

public static class CampaignLabels
{
    public static string Of(DesignState state) => state switch
    {
        DesignState.Submitted => "wacht op de programmaleider",
        DesignState.Published => "in de galerij",
        _ => "niet gekozen",
    };
}
