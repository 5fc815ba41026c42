using System.Globalization;
using System.Text;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>A small, valid one-page PDF with a title and lines of text (Helvetica, WinAnsi), written by hand so
/// the demo lesson letters have a real attachment to download without a PDF library.</summary>
internal static class DemoPdf
{
    public static byte[] Create(string title, IEnumerable<string> lines)
    {
        var content = new StringBuilder();
        content.Append("BT /F1 20 Tf 56 780 Td (").Append(Escape(title)).Append(") Tj ET\n");
        var y = 740;
        foreach (var line in lines.SelectMany(Wrap))
        {
            content.Append(CultureInfo.InvariantCulture, $"BT /F1 11 Tf 56 {y} Td (").Append(Escape(line)).Append(") Tj ET\n");
            y -= 16;
            if (y < 60)
            {
                break;
            }
        }

        var stream = Encoding.Latin1.GetBytes(content.ToString());
        byte[] contents = [.. Ascii($"<< /Length {stream.Length} >>\nstream\n"), .. stream, .. Ascii("\nendstream")];
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
            contents,
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
        };

        using var pdf = new MemoryStream();
        Write(pdf, Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, Ascii($"{i + 1} 0 obj\n"));
            Write(pdf, objects[i]);
            Write(pdf, Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:0000000000} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(pdf, Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static IEnumerable<string> Wrap(string text)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + word.Length > 88)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length == 0 ? "" : " ").Append(word);
        }

        yield return line.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static void Write(Stream stream, byte[] bytes) => stream.Write(bytes);
}
