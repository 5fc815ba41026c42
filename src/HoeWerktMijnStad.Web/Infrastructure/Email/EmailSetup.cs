namespace HoeWerktMijnStad.Web.Infrastructure.Email;

public static class EmailSetup
{
    public static WebApplicationBuilder AddHwmsEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration("Smtp").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IMailTransport, SmtpMailTransport>();
        builder.Services.AddScoped<OutboxSender>();
        builder.Services.AddSingleton<SiteMail>();
        if (builder.Configuration.GetValue("Smtp:RunSender", true))
        {
            builder.Services.AddHostedService<OutboxWorker>();
        }

        return builder;
    }
}
