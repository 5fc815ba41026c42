namespace HoeWerktMijnStad.Web.Features.Calendars;

public static class CalendarsSetup
{
    public static WebApplicationBuilder AddHwmsCalendars(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CalendarFeeds>();
        builder.Services.AddScoped<CalendarFeedContents>();
        return builder;
    }
}
