using System.Globalization;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Infrastructure;

namespace HoeWerktMijnStad.Web.Features.Schools;

public sealed record CsvRefusal(int Line, string Name, IReadOnlyList<string> Reasons);

/// <summary>The rows that passed, those refused and why, or one reason the whole file was refused. An optional
/// column the file leaves out is null in every row: an update then keeps what the school had.</summary>
public sealed record ParsedSchools(IReadOnlyList<SchoolInput> Valid, IReadOnlyList<CsvRefusal> Refused, string? FileError);

/// <summary>Reads a school list as exported from a spreadsheet: a header row, then one school per row,
/// separated by semicolons or commas (found from the header), decimal point or comma in the coordinates.
/// Each row is checked by the same rules as the form; refused rows are reported with their line number.</summary>
public static class SchoolCsv
{
    public const int MaxRows = 5_000;

    public static readonly IReadOnlyList<string> RequiredColumns = ["naam", "soort", "niveaus", "adres", "plaats", "lengtegraad", "breedtegraad"];

    public static readonly IReadOnlyList<string> OptionalColumns = ["niveau_detail", "wijk", "maildomeinen"];

    public static ParsedSchools Parse(string text)
    {
        try
        {
            return ParseRecords(CsvRows.Read(text.TrimStart('\uFEFF')));
        }
        catch (FormatException e)
        {
            return new ParsedSchools([], [], $"{e.Message} Er is niets geïmporteerd.");
        }
    }

    private static ParsedSchools ParseRecords(IEnumerable<(int Line, IReadOnlyList<string> Fields)> rows)
    {
        using var records = rows.GetEnumerator();
        if (!records.MoveNext())
        {
            return new ParsedSchools([], [], "Het bestand is leeg. De eerste regel moet de kolomnamen bevatten.");
        }

        var columns = records.Current.Fields.Select((name, index) => (Name: name.Trim().ToLowerInvariant(), Index: index))
            .GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().Index);
        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return new ParsedSchools([], [], $"Deze kolommen ontbreken in de eerste regel: {string.Join(", ", missing)}. Verwacht: {string.Join(";", RequiredColumns.Concat(OptionalColumns))}.");
        }

        var valid = new List<SchoolInput>();
        var refused = new List<CsvRefusal>();
        var seen = new Dictionary<(string, string), int>();
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (valid.Count + refused.Count >= MaxRows)
            {
                return new ParsedSchools([], [], $"Het bestand heeft meer dan {MaxRows} scholen. Splits het in kleinere bestanden.");
            }

            string? Field(string name) => columns.TryGetValue(name, out var index) ? (index < fields.Count ? fields[index].Trim() : "") : null;
            var (input, problems) = ReadRow(name => Field(name) ?? "", Field);
            var key = (input.Name.Trim().ToLowerInvariant(), input.City.Trim().ToLowerInvariant());
            if (problems.Count == 0 && seen.TryGetValue(key, out var earlier))
            {
                problems.Add($"Deze school staat al eerder in het bestand (regel {earlier}).");
            }

            if (problems.Count > 0)
            {
                refused.Add(new CsvRefusal(line, input.Name, problems));
                continue;
            }

            seen[key] = line;
            valid.Add(input);
        }

        return new ParsedSchools(valid, refused, null);
    }

    private static (SchoolInput Input, List<string> Problems) ReadRow(Func<string, string> field, Func<string, string?> optional)
    {
        var problems = new List<string>();
        var typeText = field("soort");
        if (!UrlValues.SchoolTypes.TryGetValue(typeText, out var type))
        {
            problems.Add($"Soort '{typeText}' ken ik niet. Kies uit: {string.Join(", ", UrlValues.SchoolTypes.Keys)}.");
        }

        var levels = new HashSet<EducationLevel>();
        foreach (var level in field("niveaus").Split(['|', ',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (UrlValues.Levels.TryGetValue(level, out var value))
            {
                levels.Add(value);
            }
            else
            {
                problems.Add($"Niveau '{level}' ken ik niet. Kies uit: {string.Join(", ", UrlValues.Levels.Keys)} (meerdere gescheiden door |).");
            }
        }

        var input = new SchoolInput
        {
            Name = field("naam"),
            Type = type,
            Levels = Choices.Of<EducationLevel>(levels),
            LevelDetail = optional("niveau_detail"),
            Address = field("adres"),
            City = field("plaats"),
            District = optional("wijk"),
            MailDomains = optional("maildomeinen"),
            Longitude = Coordinate(field("lengtegraad"), "lengtegraad", problems),
            Latitude = Coordinate(field("breedtegraad"), "breedtegraad", problems),
        };

        // a level that was given but not understood has been reported already
        var hadLevelProblem = problems.Any(p => p.StartsWith("Niveau", StringComparison.Ordinal));
        problems.AddRange(input.Problems().Where(p => !(hadLevelProblem && p == SchoolInput.NoLevelMessage)));
        return (input, problems);
    }

    private static double? Coordinate(string text, string column, List<string> problems)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        problems.Add($"De {column} '{text}' is geen getal.");
        return null;
    }
}
