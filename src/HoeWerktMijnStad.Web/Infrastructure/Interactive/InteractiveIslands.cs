using Microsoft.AspNetCore.Http.Features;

namespace HoeWerktMijnStad.Web.Infrastructure.Interactive;

/// <summary>Interactive Server rendering for the few islands that must react live (DESIGN.md §2, ADR 0012).</summary>
public static class InteractiveIslands
{
    public static WebApplicationBuilder AddHwmsInteractiveIslands(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(options =>
        {
            options.DetailedErrors = builder.Environment.IsDevelopment();
            // a public site: few circuits kept for reconnecting, and not for long (each holds server memory)
            options.DisconnectedCircuitMaxRetained = 50;
            options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(2);
        });
        return builder;
    }

    public static RazorComponentsEndpointConventionBuilder AddHwmsInteractiveIslands(this RazorComponentsEndpointConventionBuilder endpoints) =>
        endpoints.AddInteractiveServerRenderMode();

    /// <summary>Whether the page being rendered for this request carries <see cref="InteractiveIslandAttribute"/>.</summary>
    public static bool HasInteractiveIsland(this HttpContext? context) =>
        context?.GetEndpoint()?.Metadata.GetMetadata<InteractiveIslandAttribute>() is not null;
}
