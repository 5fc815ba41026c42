namespace HoeWerktMijnStad.Web.Features.Admin;

public static class AdminSetup
{
    /// <summary>The programme leader's administration: partners, accounts and jobs started by hand.</summary>
    public static WebApplicationBuilder AddHwmsAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AdminPartners>();
        builder.Services.AddScoped<AccountBlocks>();
        builder.Services.AddScoped<ManualJobRuns>();
        return builder;
    }
}
