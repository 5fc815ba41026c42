using System.Text;

namespace HoeWerktMijnStad.Web.Infrastructure;

/// <summary>A small RFC 4180 reader for files saved from a spreadsheet: quoted fields (with doubled quotes
/// and line breaks inside), and the delimiter (semicolon, comma or tab) taken from the header line, since
/// Dutch Excel writes semicolons.</summary>
public static class CsvRows
{
    private static readonly char[] Delimiters = [';', ',', '\t'];

    private static readonly char[] NeedsQuotes = [';', '"', '\r', '\n'];

    /// <summary>Rows for a Dutch spreadsheet program: semicolons, CRLF, quotes where needed, and text that a
    /// spreadsheet would run as a formula (=, +, -, @, tab, carriage return) made inert with a leading apostrophe. The caller writes
    /// the UTF-8 byte order mark.</summary>
    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.AppendJoin(';', row.Select(Field)).Append("\r\n");
        }

        return csv.ToString();

        static string Field(string value)
        {
            if (value.Length > 0 && value[0] is '=' or '+' or '@' or '-' or '\t' or '\r' && !decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), out _))
            {
                value = "'" + value;
            }

            return value.IndexOfAny(NeedsQuotes) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
        }
    }

    /// <summary>Each record with the line number it starts on. A quote left open to the end of the file is a
    /// <see cref="FormatException"/> with a Dutch message naming the line.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(string text)
    {
        var delimiter = DetectDelimiter(text);
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return (recordLine, fields);
                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException($"Regel {recordLine}: een aanhalingsteken (\") wordt niet afgesloten. Controleer die regel in het bestand.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }

    private static char DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return Delimiters.OrderByDescending(d => header.Count(c => c == d)).First();
    }
}
