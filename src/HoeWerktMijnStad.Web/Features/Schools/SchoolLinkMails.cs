using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Infrastructure.Email;

namespace HoeWerktMijnStad.Web.Features.Schools;

/// <summary>The programme leader's answer to a teacher's school link, mailed either way.</summary>
public sealed class SchoolLinkMails(SiteMail mail)
{
    public void QueueApproved(AppDbContext db, AppUser teacher, string school) => mail.Queue(db, teacher.Email!, teacher.DisplayName,
        new MailContent($"Je account hoort nu bij {school}",
            $"Hallo {teacher.DisplayName},",
            [$"De programmaleider van Hoe Werkt Mijn Stad heeft bevestigd dat je bij {school} werkt. Je kunt nu namens je school bezoeken boeken, de boekingen van je school volgen en partners om een aanbod vragen."],
            "Naar de boekingen van je school", mail.Link("/mijn/boekingen")));

    public void QueueRejected(AppDbContext db, AppUser teacher, string school, string reason) => mail.Queue(db, teacher.Email!, teacher.DisplayName,
        new MailContent($"Je koppeling met {school} is niet bevestigd",
            $"Hallo {teacher.DisplayName},",
            [
                $"De programmaleider van Hoe Werkt Mijn Stad kon niet bevestigen dat je bij {school} werkt. De reden: {reason}",
                "Op je accountpagina kies je je school opnieuw. Met het mailadres van je school gaat het meestal vanzelf.",
            ],
            "Naar je account", mail.Link("/account")));
}
