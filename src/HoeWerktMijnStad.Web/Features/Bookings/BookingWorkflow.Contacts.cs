using System.Text.RegularExpressions;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>What one side names as its contact for the day: the host also says where the class is met.</summary>
public sealed class DayContactInput
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? MeetingPoint { get; set; }
}

/// <summary>The contacts for the day (issue 17 §1): once a visit is confirmed each side names who to call.</summary>
public sealed partial class BookingWorkflow
{
    public const string ContactName = nameof(ContactName);

    public const string ContactPhone = nameof(ContactPhone);

    public const string ContactMeetingPoint = nameof(ContactMeetingPoint);

    public const string ContactNotNow = nameof(ContactNotNow);

    /// <summary>The side's contact for the day, until the visit has ended; the calendar invitation's SEQUENCE goes up,
    /// because its description names the contacts.</summary>
    public Task<Outcome> SetDayContactAsync(int bookingId, BookingActor actor, DayContactInput input, CancellationToken cancellationToken = default)
    {
        var name = input.Name?.Trim() ?? "";
        var phone = input.Phone?.Trim() ?? "";
        var meetingPoint = input.MeetingPoint?.Trim() ?? "";
        var host = actor.Side == ChecklistSide.Company;
        List<FieldError> errors = [];
        if (name.Length is < 2 or > 200)
        {
            errors.Add(new FieldError(nameof(DayContactInput.Name), ContactName));
        }

        if (!PhonePattern().IsMatch(phone))
        {
            errors.Add(new FieldError(nameof(DayContactInput.Phone), ContactPhone));
        }

        if (host && meetingPoint.Length is < 3 or > 500)
        {
            errors.Add(new FieldError(nameof(DayContactInput.MeetingPoint), ContactMeetingPoint));
        }

        if (errors.Count > 0)
        {
            return Task.FromResult(Outcome.Invalid(errors));
        }

        return MoveAsync(bookingId, actor.UserId, actor.Name, BookingState.Confirmed, (_, booking) =>
        {
            if (booking.EndsAt <= clock.GetUtcNow())
            {
                return Task.FromResult(Outcome.Refused(ContactNotNow));
            }

            if (host)
            {
                (booking.HostName, booking.HostPhone, booking.MeetingPoint) = (name, phone, meetingPoint);
            }
            else
            {
                (booking.SchoolContactName, booking.DayPhone) = (name, phone);
            }

            booking.Sequence++;
            return Task.FromResult(Outcome.Done);
        }, $"Contact voor de dag ({BookingLabels.Of(actor.Side).ToLowerInvariant()}): {name}", (_, _, _) => { }, cancellationToken);
    }

    /// <summary>The application form's rule for a phone number.</summary>
    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{7,18}$")]
    private static partial Regex PhonePattern();
}
