namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>The map rule pages' texts: MapRuleText.resx (Dutch) and .en.resx.</summary>
public sealed class MapRuleText;
