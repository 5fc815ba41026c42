using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Passports;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Features.Schools;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Passports;

/// <summary>A teacher with a verified school names its classes and starts passports for them. Only the class's
/// own school acts on it; codes are in <see cref="PassportsText"/>.</summary>
public sealed class SchoolClasses(IDbContextFactory<AppDbContext> dbFactory, SchoolAccess access, TimeProvider clock)
{
    public const string NotYours = "ClassNotYours";
    public const string NameTaken = "ClassNameTaken";
    public const string UnknownPassport = "PassportUnknown";
    public const string AlreadyHeld = "PassportAlreadyHeld";

    public async Task<Outcome<int>> AddAsync(ClassInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (teacher, _) = await access.TeacherAsync(user, cancellationToken);
        if (teacher is null)
        {
            return Outcome.Refused(NotYours);
        }

        var name = input.Name!.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.SchoolClasses.AnyAsync(c => c.SchoolId == teacher.SchoolId && c.Name == name, cancellationToken))
        {
            return new FieldError(nameof(ClassInput.Name), NameTaken);
        }

        if (input.PassportId is { } passportId && !await db.SkillsPassports.AnyAsync(p => p.Id == passportId, cancellationToken))
        {
            return new FieldError(nameof(ClassInput.PassportId), UnknownPassport);
        }

        var now = clock.GetUtcNow();
        var schoolClass = new SchoolClass { SchoolId = teacher.SchoolId, Name = name, Level = input.Level!.Value, Year = input.Year!.Value, CreatedAt = now };
        if (input.PassportId is { } id)
        {
            schoolClass.Passports.Add(new ClassPassport { PassportId = id, StartedAt = now });
        }

        db.SchoolClasses.Add(schoolClass);
        db.Record(user, "Klas toegevoegd", name);
        // two tabs at once: the unique name refuses the second
        return await db.TrySaveChangesAsync(cancellationToken) ? schoolClass.Id : new FieldError(nameof(ClassInput.Name), NameTaken);
    }

    public async Task<Outcome<string>> StartPassportAsync(int classId, StartPassportInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await OwnClassAsync(db, classId, user, cancellationToken) is null)
        {
            return Outcome.Refused(NotYours);
        }

        var passport = await db.SkillsPassports.Where(p => p.Id == input.PassportId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        if (passport is null)
        {
            return new FieldError(nameof(StartPassportInput.PassportId), UnknownPassport);
        }

        db.ClassPassports.Add(new ClassPassport { ClassId = classId, PassportId = input.PassportId!.Value, StartedAt = clock.GetUtcNow() });
        db.Record(user, "Paspoort gestart", passport);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return new FieldError(nameof(StartPassportInput.PassportId), AlreadyHeld);
        }

        // what the class already did counts for the new passport too
        await PassportStamps.CatchUpAsync(db, classId, clock.GetUtcNow(), cancellationToken);
        return passport;
    }

    /// <summary>The class, when it belongs to the school the user acts for.</summary>
    public async Task<SchoolClass?> OwnClassAsync(AppDbContext db, int classId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (teacher, _) = await access.TeacherAsync(user, cancellationToken);
        return teacher is null ? null
            : await db.SchoolClasses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == classId && c.SchoolId == teacher.SchoolId, cancellationToken);
    }
}
