using HoeWerktMijnStad.Web.Infrastructure.Jobs;
namespace HoeWerktMijnStad.Web.Features.Bookings;

public static class BookingsSetup
{
    public static WebApplicationBuilder AddHwmsBookings(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<BookingRequests>();
        builder.Services.AddScoped<BookingWorkflow>();
        builder.Services.AddScoped<PartnerSlots>();
        builder.Services.AddScoped<SchoolHolidayList>();
        builder.Services.AddScoped<BookingAccess>();
        builder.Services.AddScoped<ActivityCatalogue>();
        builder.Services.AddScoped<BookingMails>();
        builder.Services.AddScoped<BookingFollowUp>();
        builder.Services.AddRecurringJob<BookingFollowUp>(BookingFollowUp.JobId, "*/15 * * * *",
            "Reminders two days ahead, completed visits, evaluation requests, expired requests", job => job.RunAsync(CancellationToken.None));
        builder.Services.AddScoped<BookingEvaluations>();
        builder.Services.AddScoped<BookingMessages>();
        builder.Services.AddScoped<BookingMessageDigest>();
        builder.Services.AddRecurringJob<BookingMessageDigest>(BookingMessageDigest.JobId, "* * * * *",
            "Mails each side what the other wrote on a booking, at most once per 15 minutes per booking and reader", job => job.RunAsync(CancellationToken.None));
        return builder;
    }
}
