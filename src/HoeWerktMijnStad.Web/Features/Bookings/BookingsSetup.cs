namespace HoeWerktMijnStad.Web.Features.Bookings;

public static class BookingsSetup
{
    public static WebApplicationBuilder AddHwmsBookings(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<BookingRequests>();
        builder.Services.AddScoped<BookingWorkflow>();
        builder.Services.AddScoped<BookingAccess>();
        builder.Services.AddScoped<ActivityCatalogue>();
        return builder;
    }
}
