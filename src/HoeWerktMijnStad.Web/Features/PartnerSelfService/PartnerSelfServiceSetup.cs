using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Infrastructure.Markdown;
using Microsoft.AspNetCore.Antiforgery;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

public static class PartnerSelfServiceSetup
{
    public static WebApplicationBuilder AddHwmsPartnerSelfService(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PartnerAccess.Policy, policy => policy.RequireRole(Roles.PartnerEditor, Roles.ProgrammeLeader));
        builder.Services.AddScoped<PartnerAccess>();
        builder.Services.AddScoped<PartnerWorksites>();
        builder.Services.AddScoped<PartnerSites>();
        builder.Services.AddScoped<PartnerActivities>();
        builder.Services.AddScoped<PartnerImages>();
        builder.Services.AddScoped<PartnerPages>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPartnerSelfServiceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // the page editor's live preview: exactly what the public page will show (same renderer)
        endpoints.MapPost("/partner/pagina/voorbeeld", async (HttpContext context, IAntiforgery antiforgery, MarkdownRenderer markdown) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            var form = await context.Request.ReadFormAsync();
            return Results.Content(markdown.ToSafeHtml(form["markdown"]), "text/html; charset=utf-8");
        }).RequireAuthorization(PartnerAccess.Policy);
        return endpoints;
    }
}
