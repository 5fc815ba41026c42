namespace HoeWerktMijnStad.Web.Features.Passports;

public static class PassportsSetup
{
    public static WebApplicationBuilder AddHwmsPassports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SchoolClasses>();
        builder.Services.AddScoped<PassportStamps>();
        builder.Services.AddScoped<PassportDefinitions>();
        builder.Services.AddScoped<PassportQueries>();
        return builder;
    }
}
