using System.Security.Claims;
using System.Text;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.Schools;

/// <summary>The programme leader keeps the list of schools: one at a time, or many from a CSV file (a school with the
/// same name and place is updated). Name and place are unique together; the database says so too.</summary>
public sealed class SchoolRegister(IDbContextFactory<AppDbContext> dbFactory)
{
    public const long MaxFileBytes = 2 * 1024 * 1024;

    public const string Gone = "SchoolGone", Duplicate = "SchoolDuplicate", FileMissing = "ImportFileMissing", FileTooBig = "ImportFileTooBig",
        NotUtf8 = "ImportNotUtf8", FileRefused = "ImportFileRefused", ImportedMeanwhile = "ImportedMeanwhile";

    /// <returns>The saved school's name.</returns>
    public async Task<Outcome<string>> SaveAsync(SchoolInput input, ClaimsPrincipal leader, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var school = input.Id == 0
            ? db.Schools.Add(new School { Name = "", Address = "", City = "", Location = Point.Empty }).Entity
            : await db.Schools.SingleOrDefaultAsync(s => s.Id == input.Id, cancellationToken);
        if (school is null)
        {
            return Outcome.Refused(Gone);
        }

        input.ApplyTo(school);
        db.Record(leader, input.Id == 0 ? "School toegevoegd" : "School gewijzigd", $"{school.Name} ({school.City})");
        if (await db.Schools.AnyAsync(s => s.Id != input.Id && s.Name == school.Name && s.City == school.City, cancellationToken)
            || !await db.TrySaveChangesAsync(cancellationToken))
        {
            return new FieldError(nameof(SchoolInput.Name), Duplicate, school.Name, school.City);
        }

        return school.Name;
    }

    /// <summary>Imports a CSV file: the good rows are saved in one transaction, each refused row is reported with its
    /// reasons. A file that cannot be read as a whole imports nothing.</summary>
    public async Task<Outcome<SchoolImport>> ImportAsync(IFormFile? file, ClaimsPrincipal leader, CancellationToken cancellationToken = default)
    {
        if (file is not { Length: > 0 })
        {
            return Outcome.Refused(FileMissing);
        }

        if (file.Length > MaxFileBytes)
        {
            return Outcome.Refused(FileTooBig);
        }

        string text;
        using (var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            try
            {
                text = await reader.ReadToEndAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                return Outcome.Refused(NotUtf8);
            }
        }

        var parsed = SchoolCsv.Parse(text);
        if (parsed.FileError is not null)
        {
            return Outcome.Refused(FileRefused, parsed.FileError);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = (await db.Schools.ToListAsync(cancellationToken))
            .GroupBy(s => (s.Name.ToLowerInvariant(), s.City.ToLowerInvariant())).ToDictionary(g => g.Key, g => g.First());
        var (added, updated) = (0, 0);
        foreach (var input in parsed.Valid)
        {
            if (existing.TryGetValue((input.Name.Trim().ToLowerInvariant(), input.City.Trim().ToLowerInvariant()), out var school))
            {
                // a column the file leaves out keeps what the school had
                input.LevelDetail ??= school.LevelDetail;
                input.District ??= school.District;
                input.MailDomains ??= SchoolMailDomains.Format(school.MailDomains);
                updated++;
            }
            else
            {
                school = db.Schools.Add(new School { Name = "", Address = "", City = "", Location = Point.Empty }).Entity;
                added++;
            }

            input.ApplyTo(school);
        }

        db.Record(leader, "Scholen geïmporteerd", $"{file.FileName}: {added} nieuw, {updated} bijgewerkt, {parsed.Refused.Count} geweigerd");
        return await db.TrySaveChangesAsync(cancellationToken)
            ? new SchoolImport(added, updated, parsed.Refused)
            : Outcome.Refused(ImportedMeanwhile);
    }
}

/// <summary>What an import did: schools added and updated, and the rows it refused with their reasons.</summary>
public sealed record SchoolImport(int Added, int Updated, IReadOnlyList<CsvRefusal> Refused);
