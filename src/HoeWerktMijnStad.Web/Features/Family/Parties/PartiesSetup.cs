namespace HoeWerktMijnStad.Web.Features.Family.Parties;

public static class PartiesSetup
{
    public static WebApplicationBuilder AddHwmsParties(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PartyBookings>();
        builder.Services.AddScoped<PartyMails>();
        builder.Services.AddScoped<PartyJobs>();
        builder.Services.AddScoped<PartySlots>();
        builder.Services.AddSingleton<PartyLinks>();
        return builder;
    }
}
