using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Passports;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Features.Family;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Passports;

public sealed record SkillDefinition(int Id, string Name, List<string> Activities, List<string> Lessons, List<string> Experiments);

public sealed record PassportDefinition(int Id, string Name, string Description, int GroupFrom, int GroupTo, int Classes, List<SkillDefinition> Skills);

/// <summary>The programme leader defines the passports and their skills, and links each skill to the activities,
/// lesson letters and experiments that train it.</summary>
public sealed class PassportDefinitions(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const string NotLeader = "PassportsLeaderOnly";
    public const string NameTaken = "PassportNameTaken";
    public const string GroupsReversed = "PassportGroupsReversed";
    public const string SkillTaken = "SkillNameTaken";
    public const string UnknownLink = "SkillUnknownLink";

    public async Task<Outcome<string>> CreateAsync(PassportInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!user.IsInRole(Roles.ProgrammeLeader))
        {
            return Outcome.Refused(NotLeader);
        }

        if (input.GroupTo < input.GroupFrom)
        {
            return new FieldError(nameof(PassportInput.GroupTo), GroupsReversed);
        }

        var name = input.Name!.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.SkillsPassports.Add(new SkillsPassport
        {
            Name = name, Description = input.Description?.Trim() ?? "", GroupFrom = input.GroupFrom!.Value, GroupTo = input.GroupTo!.Value, CreatedAt = clock.GetUtcNow(),
        });
        db.Record(user, "Skillspaspoort gemaakt", name);
        return await db.TrySaveChangesAsync(cancellationToken) ? name : new FieldError(nameof(PassportInput.Name), NameTaken);
    }

    public async Task<Outcome<string>> AddSkillAsync(SkillInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!user.IsInRole(Roles.ProgrammeLeader))
        {
            return Outcome.Refused(NotLeader);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var passport = await db.SkillsPassports.Include(p => p.Skills).SingleOrDefaultAsync(p => p.Id == input.PassportId, cancellationToken);
        if (passport is null)
        {
            return new FieldError(nameof(SkillInput.PassportId), SchoolClasses.UnknownPassport);
        }

        var activityIds = (input.ActivityIds ?? []).Distinct().ToList();
        var lessonIds = (input.LessonIds ?? []).Distinct().ToList();
        var activities = await db.Activities.Where(a => activityIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var lessons = await db.Lessons.Where(l => lessonIds.Contains(l.Id)).ToListAsync(cancellationToken);
        var experiments = (input.ExperimentSlugs ?? []).Distinct().ToList();
        if (activities.Count != activityIds.Count || lessons.Count != lessonIds.Count || experiments.Any(e => Experiments.All.All(x => x.Slug != e)))
        {
            return new FieldError(nameof(SkillInput.ActivityIds), UnknownLink);
        }

        var name = input.Name!.Trim();
        passport.Skills.Add(new PassportSkill
        {
            Name = name, Position = passport.Skills.Count, Activities = activities, Lessons = lessons, ExperimentSlugs = experiments,
        });
        db.Record(user, "Vaardigheid toegevoegd", $"{name} ({passport.Name})");
        return await db.TrySaveChangesAsync(cancellationToken) ? name : new FieldError(nameof(SkillInput.Name), SkillTaken);
    }

    public async Task<List<PassportDefinition>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var passports = await db.SkillsPassports.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new
            {
                p.Id, p.Name, p.Description, p.GroupFrom, p.GroupTo,
                Classes = db.ClassPassports.Count(c => c.PassportId == p.Id),
                Skills = p.Skills.OrderBy(s => s.Position).Select(s => new
                {
                    s.Id, s.Name, Activities = s.Activities.Select(a => a.Title).ToList(), Lessons = s.Lessons.Select(l => l.Title).ToList(), s.ExperimentSlugs,
                }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return passports.Select(p => new PassportDefinition(p.Id, p.Name, p.Description, p.GroupFrom, p.GroupTo, p.Classes, p.Skills
            .Select(s => new SkillDefinition(s.Id, s.Name, s.Activities, s.Lessons,
                s.ExperimentSlugs.Select(e => Experiments.All.FirstOrDefault(x => x.Slug == e)?.Title ?? e).ToList())).ToList())).ToList();
    }

    /// <summary>What a skill can be linked to: bookable activities and published lessons.</summary>
    public async Task<(List<(int Id, string Name)> Activities, List<(int Id, string Name)> Lessons)> LinkChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking().Where(a => a.Type != Data.Catalogue.ActivityType.KidsParty).OrderBy(a => a.Title)
            .Select(a => new { a.Id, Name = a.Title + " (" + a.Partner!.Name + ")" }).ToListAsync(cancellationToken);
        var lessons = await db.Lessons.AsNoTracking().Where(l => l.PublishedAt != null).OrderBy(l => l.Title).Select(l => new { l.Id, l.Title }).ToListAsync(cancellationToken);
        return (activities.Select(a => (a.Id, a.Name)).ToList(), lessons.Select(l => (l.Id, l.Title)).ToList());
    }
}
