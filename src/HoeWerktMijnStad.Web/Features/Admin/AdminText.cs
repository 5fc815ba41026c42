namespace HoeWerktMijnStad.Web.Features.Admin;

/// <summary>The programme leader's admin pages' texts: AdminText.resx (Dutch) and .en.resx.</summary>
public sealed class AdminText;
