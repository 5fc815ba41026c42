namespace HoeWerktMijnStad.Web.Features.Bookings;

public static class BookingsSetup
{
    public static WebApplicationBuilder AddHwmsBookings(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<BookingRequests>();
        return builder;
    }
}
