namespace HoeWerktMijnStad.Web.Features.Worksites;

public static class WorksitesSetup
{
    public static WebApplicationBuilder AddHwmsWorksites(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<WorksiteQueries>();
        return builder;
    }
}
