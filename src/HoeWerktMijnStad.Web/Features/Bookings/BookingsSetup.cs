namespace HoeWerktMijnStad.Web.Features.Bookings;

public static class BookingsSetup
{
    public static WebApplicationBuilder AddHwmsBookings(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<BookingRequests>();
        builder.Services.AddScoped<BookingWorkflow>();
        builder.Services.AddScoped<BookingAccess>();
        builder.Services.AddScoped<ActivityCatalogue>();
        builder.Services.AddScoped<BookingMails>();
        builder.Services.AddScoped<BookingFollowUp>();
        builder.Services.AddScoped<BookingEvaluations>();
        return builder;
    }
}
