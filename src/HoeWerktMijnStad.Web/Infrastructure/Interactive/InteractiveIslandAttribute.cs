namespace HoeWerktMijnStad.Web.Infrastructure.Interactive;

/// <summary>Marks a routable page that contains an Interactive Server island. Only such pages load Blazor's
/// script (<c>blazor.web.js</c>), so every other page stays plain static HTML (ADR 0012). The attribute
/// travels with the page's endpoint metadata, where <c>App.razor</c> looks for it.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class InteractiveIslandAttribute : Attribute;
