using System.ComponentModel.DataAnnotations;

namespace HoeWerktMijnStad.Web.Features.Privacy;

/// <summary>How long personal data is kept (configuration section "Retention"). The retention jobs and the privacy
/// statement read the same numbers, so what /privacy promises is what the jobs do.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>A booking's phone for the day, special needs and learning goals are erased this many days after the visit.</summary>
    [Range(1, 3650)]
    public int BookingContactDays { get; set; } = 90;

    /// <summary>A sent mail's body (text, HTML, calendar invitation) is purged this many days after sending; who, what
    /// subject and when stay.</summary>
    [Range(1, 3650)]
    public int SentMailBodyDays { get; set; } = 30;

    /// <summary>A vraag-en-aanbod request's contact details are erased this many days after it closes.</summary>
    [Range(1, 3650)]
    public int DemandContactDays { get; set; } = 90;

    /// <summary>A kids' party's parent name, e-mail and phone are erased this many days after the party.</summary>
    [Range(1, 3650)]
    public int PartyContactDays { get; set; } = 30;

    /// <summary>The name and e-mail address of a sign-up for an agenda event are erased this many days after the event.</summary>
    [Range(1, 3650)]
    public int EventSignUpDays { get; set; } = 30;

    /// <summary>An account without a sign-in for this many days is warned that it will be deleted.</summary>
    [Range(30, 3650)]
    public int InactiveAccountDays { get; set; } = 730;

    /// <summary>A warned account without a sign-in since is deleted this many days after the warning.</summary>
    [Range(7, 365)]
    public int DeleteAfterWarningDays { get; set; } = 30;

    public TimeSpan BookingContact => TimeSpan.FromDays(BookingContactDays);

    public TimeSpan SentMailBody => TimeSpan.FromDays(SentMailBodyDays);

    public TimeSpan DemandContact => TimeSpan.FromDays(DemandContactDays);

    public TimeSpan PartyContact => TimeSpan.FromDays(PartyContactDays);

    public TimeSpan EventSignUp => TimeSpan.FromDays(EventSignUpDays);

    public TimeSpan InactiveAccount => TimeSpan.FromDays(InactiveAccountDays);

    public TimeSpan DeleteAfterWarning => TimeSpan.FromDays(DeleteAfterWarningDays);

    /// <summary>"2 jaar" for 730 days, else "400 dagen": the statement speaks as people do.</summary>
    public static string Words(int days) => days % 365 == 0 ? $"{days / 365} jaar" : $"{days} dagen";
}
