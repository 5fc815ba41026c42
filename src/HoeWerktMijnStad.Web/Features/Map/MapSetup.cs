namespace HoeWerktMijnStad.Web.Features.Map;

public static class MapSetup
{
    public static WebApplicationBuilder AddHwmsMap(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MapOptions>().BindConfiguration("Map").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<MapFeatureQuery>();
        builder.Services.AddScoped<MapPageQuery>();
        return builder;
    }
}
