namespace HoeWerktMijnStad.Web.Features.Partners;

public static class PartnersSetup
{
    public static WebApplicationBuilder AddHwmsPartners(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PartnerPageQuery>();
        builder.Services.AddScoped<PartnerListQuery>();
        return builder;
    }
}
