using Microsoft.AspNetCore.Authorization;

namespace HoeWerktMijnStad.Web.Features.Schools;

public static class SchoolsSetup
{
    public static WebApplicationBuilder AddHwmsSchools(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(SchoolAccess.Policy, policy => policy.RequireAuthenticatedUser().AddRequirements(new SchoolAccessRequirement()));
        builder.Services.AddScoped<IAuthorizationHandler, SchoolAccessHandler>();
        builder.Services.AddScoped<SchoolAccess>();
        builder.Services.AddScoped<SchoolLinks>();
        builder.Services.AddScoped<SchoolRegister>();
        builder.Services.AddSingleton<SchoolLinkMails>();
        return builder;
    }
}
