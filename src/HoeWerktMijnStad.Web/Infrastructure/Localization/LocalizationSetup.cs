using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace HoeWerktMijnStad.Web.Infrastructure.Localization;

/// <summary>User-facing text lives in a .resx per feature, read through <c>IStringLocalizer</c>: the neutral
/// resources are Dutch, the default and the fallback (ADR 0023). Until every page reads its text from resources the
/// site offers Dutch only; numbers and dates keep the invariant culture that pages and forms are written against.</summary>
public static class LocalizationSetup
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    public static WebApplicationBuilder AddHwmsLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Dutch);
            options.SupportedCultures = [CultureInfo.InvariantCulture];
            options.SupportedUICultures = [Dutch];
        });
        return builder;
    }
}
