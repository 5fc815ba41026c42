using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Campaign;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Features.Schools;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using HoeWerktMijnStad.Web.Infrastructure.Images;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Campaign;

/// <summary>Classes send in designs through their teacher; the programme leader publishes them or declines them with
/// a reason, which is mailed to the teacher (through the outbox, in the same transaction).</summary>
public sealed class CampaignDesigns(IDbContextFactory<AppDbContext> dbFactory, SchoolAccess access, SiteMail mail, TimeProvider clock)
{
    public const string NotYourClass = "DesignClassNotYours";
    public const string NotLeader = "DesignLeaderOnly";
    public const string ReasonNeeded = "DesignReasonNeeded";
    public const string AlreadyDecided = "DesignAlreadyDecided";

    public async Task<Outcome<int>> SubmitAsync(DesignInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (teacher, _) = await access.TeacherAsync(user, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (teacher is null || !await db.SchoolClasses.AnyAsync(c => c.Id == input.ClassId && c.SchoolId == teacher.SchoolId, cancellationToken))
        {
            return new FieldError(nameof(DesignInput.ClassId), NotYourClass);
        }

        // checked by its bytes, decoded and encoded anew: no metadata (a phone photo's position) survives
        var result = await ImageProcessor.ProcessAsync(input.Image, ImageProcessor.PhotoMaxSide, cancellationToken);
        if (result.Image is not { } image)
        {
            return result.Error! with { Field = nameof(DesignInput.Image) };
        }

        var design = new CampaignDesign
        {
            ClassId = input.ClassId!.Value, SchoolId = teacher.SchoolId, Slogan = input.Slogan!.Trim(), Theme = input.Theme!.Value,
            ContentType = image.ContentType, Image = image.Bytes, Width = image.Width, Height = image.Height,
            State = DesignState.Submitted, SubmittedById = teacher.UserId, SubmittedAt = clock.GetUtcNow(),
        };
        db.CampaignDesigns.Add(design);
        db.Record(user, "Campagneontwerp ingestuurd", design.Slogan);
        await db.SaveChangesAsync(cancellationToken);
        return design.Id;
    }

    public async Task<Outcome<string>> DecideAsync(DecisionInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!user.IsInRole(Roles.ProgrammeLeader))
        {
            return Outcome.Refused(NotLeader);
        }

        var reason = input.Reason?.Trim() ?? "";
        if (!input.Publish && reason.Length == 0)
        {
            return new FieldError(nameof(DecisionInput.Reason), ReasonNeeded);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var design = await db.CampaignDesigns.SingleOrDefaultAsync(d => d.Id == input.DesignId && d.State == DesignState.Submitted, cancellationToken);
        if (design is null)
        {
            return Outcome.Refused(AlreadyDecided);
        }

        design.State = input.Publish ? DesignState.Published : DesignState.Declined;
        design.Reason = input.Publish ? "" : reason;
        design.DecidedAt = clock.GetUtcNow();
        var teacher = await db.Users.Where(u => u.Id == design.SubmittedById).Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (teacher?.Email is { } email)
        {
            var body = input.Publish
                ? $"Goed nieuws: het ontwerp \"{design.Slogan}\" van je klas staat in de campagnegalerij. Partners kunnen het nu kiezen voor hun bedrijfsbusjes.\n\n{mail.Link(CampaignLinks.Gallery)}"
                : $"Het ontwerp \"{design.Slogan}\" van je klas komt niet in de campagnegalerij. De reden van de programmaleider:\n\n{reason}\n\nJe kunt een nieuw ontwerp insturen: {mail.Link(CampaignLinks.Submit)}";
            db.QueueEmail(new EmailMessage(email, teacher.DisplayName, input.Publish ? "Jullie ontwerp staat in de galerij" : "Over jullie campagneontwerp", body), clock.GetUtcNow());
        }

        db.Record(user, input.Publish ? "Campagneontwerp gepubliceerd" : "Campagneontwerp afgewezen", design.Slogan);
        return await db.TrySaveChangesAsync(cancellationToken) ? design.Slogan : Outcome.Refused(AlreadyDecided);
    }
}
