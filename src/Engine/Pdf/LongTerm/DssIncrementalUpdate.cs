using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Mpp.Workflows.Engine.Pdf.LongTerm;

/// <summary>
/// Appends a Document Security Store (PAdES, ISO 32000-2 12.8.4.3) to a signed PDF as an incremental update, leaving every
/// signed byte as it is: one stream object per certificate, CRL and OCSP response, a DSS dictionary
/// (<c>/Certs</c>, <c>/CRLs</c>, <c>/OCSPs</c>), a new revision of the catalog that names it (the old catalog's dictionary
/// with <c>/DSS</c> added), then a classic cross-reference section and a trailer whose <c>/Prev</c> points at the previous
/// one. PDFsharp 6 writes classic cross-reference tables (no cross-reference streams, no object streams), which is what this
/// reads; a file of another shape is refused with an <see cref="InvalidDataException"/>.
/// </summary>
internal static partial class DssIncrementalUpdate
{
    public static byte[] Append(byte[] pdf, RevocationData data)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(data);
        var text = Encoding.Latin1.GetString(pdf);
        var startxref = LastStartXref(text);
        var trailer = TrailerAt(text, startxref);
        var size = int.Parse(Required(SizeEntry(), trailer, "/Size"), CultureInfo.InvariantCulture);
        var root = RootEntry().Match(trailer) is { Success: true } r
            ? (Number: int.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture), Generation: int.Parse(r.Groups[2].Value, CultureInfo.InvariantCulture))
            : throw new InvalidDataException("The PDF's trailer names no /Root.");
        var catalog = CatalogDictionary(text, ObjectOffset(text, startxref, root.Number), root.Number, root.Generation);
        if (catalog.Contains("/DSS", StringComparison.Ordinal))
        {
            throw new InvalidDataException("The PDF's catalog already has a /DSS.");
        }

        using var output = new MemoryStream();
        output.Write(pdf);
        if (pdf[^1] != '\n')
        {
            Write(output, "\n");
        }

        var offsets = new SortedDictionary<int, long>();
        var next = size;
        IReadOnlyList<int> Streams(IReadOnlyList<byte[]> items) => [.. items.Select(item =>
        {
            var number = next++;
            offsets[number] = output.Position;
            Write(output, $"{number} 0 obj\n<</Length {item.Length}>>\nstream\n");
            output.Write(item);
            Write(output, "\nendstream\nendobj\n");
            return number;
        })];

        var certs = Streams(data.Certificates);
        var crls = Streams(data.Crls);
        var ocsps = Streams(data.OcspResponses);
        var dss = next++;
        offsets[dss] = output.Position;
        Write(output, $"{dss} 0 obj\n<</Type/DSS{Array("Certs", certs)}{Array("CRLs", crls)}{Array("OCSPs", ocsps)}>>\nendobj\n");
        offsets[root.Number] = output.Position;
        var close = catalog.LastIndexOf(">>", StringComparison.Ordinal);
        Write(output, $"{root.Number} {root.Generation} obj\n{catalog[..close]}/DSS {dss} 0 R>>\nendobj\n");

        var xref = output.Position;
        var section = new StringBuilder("xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            section.Append(CultureInfo.InvariantCulture, $"{run.First} {run.Count}\n");
            for (var number = run.First; number < run.First + run.Count; number++)
            {
                var generation = number == root.Number ? root.Generation : 0;
                section.Append(CultureInfo.InvariantCulture, $"{offsets[number]:D10} {generation:D5} n\r\n");
            }
        }

        var id = IdEntry().Match(trailer) is { Success: true } found ? "/ID" + found.Groups[1].Value : "";
        var info = InfoEntry().Match(trailer) is { Success: true } infoFound ? infoFound.Value : "";
        section.Append(CultureInfo.InvariantCulture,
            $"trailer\n<</Size {next}/Root {root.Number} {root.Generation} R{info}{id}/Prev {startxref}>>\nstartxref\n{xref}\n%%EOF\n");
        Write(output, section.ToString());
        return output.ToArray();
    }

    private static string Array(string key, IReadOnlyList<int> numbers) =>
        numbers.Count == 0 ? "" : $"/{key}[{string.Join(" ", numbers.Select(n => $"{n} 0 R"))}]";

    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> numbers)
    {
        int? first = null;
        var count = 0;
        foreach (var number in numbers)
        {
            if (first is { } start && number == start + count)
            {
                count++;
                continue;
            }

            if (first is { } done)
            {
                yield return (done, count);
            }

            first = number;
            count = 1;
        }

        if (first is { } last)
        {
            yield return (last, count);
        }
    }

    private static long LastStartXref(string text)
    {
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var match = at < 0 ? null : StartXref().Match(text, at);
        return match is { Success: true }
            ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidDataException("The PDF has no startxref.");
    }

    private static string TrailerAt(string text, long xref)
    {
        if (xref >= text.Length || string.CompareOrdinal(text, (int)xref, "xref", 0, 4) != 0)
        {
            throw new InvalidDataException("The PDF's last cross-reference section is not a classic xref table (a cross-reference stream?).");
        }

        var trailer = text.IndexOf("trailer", (int)xref, StringComparison.Ordinal);
        var end = trailer < 0 ? -1 : text.IndexOf("startxref", trailer, StringComparison.Ordinal);
        return end < 0 ? throw new InvalidDataException("The PDF has no trailer after its xref table.") : text[trailer..end];
    }

    /// <summary>The byte offset of object <paramref name="number"/> in the xref table at <paramref name="xref"/>.</summary>
    private static long ObjectOffset(string text, long xref, int number)
    {
        var position = (int)xref + 4;
        while (true)
        {
            var header = SubsectionHeader().Match(text, position);
            if (!header.Success || header.Index != position)
            {
                throw new InvalidDataException($"The PDF's xref table has no entry for object {number}.");
            }

            var first = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
            var count = int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture);
            position = header.Index + header.Length;
            if (number >= first && number < first + count)
            {
                var entry = text.Substring(position + ((number - first) * 20), 20);
                return entry[17] == 'n'
                    ? long.Parse(entry[..10], CultureInfo.InvariantCulture)
                    : throw new InvalidDataException($"Object {number} is free in the PDF's xref table.");
            }

            position += count * 20;
        }
    }

    private static string CatalogDictionary(string text, long offset, int number, int generation)
    {
        var header = $"{number} {generation} obj";
        if (string.CompareOrdinal(text, (int)offset, header, 0, header.Length) != 0)
        {
            throw new InvalidDataException($"The xref table does not point at object {number}.");
        }

        var start = text.IndexOf("<<", (int)offset, StringComparison.Ordinal);
        var end = text.IndexOf("endobj", (int)offset, StringComparison.Ordinal);
        if (start < 0 || end < start || text.IndexOf("stream", start, end - start, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidDataException("The PDF's catalog is not a plain dictionary object.");
        }

        var dictionary = text[start..end].TrimEnd();
        return dictionary.EndsWith(">>", StringComparison.Ordinal)
            ? dictionary
            : throw new InvalidDataException("The PDF's catalog dictionary does not end where its object does.");
    }

    private static string Required(Regex pattern, string trailer, string key) =>
        pattern.Match(trailer) is { Success: true } match ? match.Groups[1].Value : throw new InvalidDataException($"The PDF's trailer has no {key}.");

    private static void Write(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\s*(\d+) (\d+)\s*?\r?\n")]
    private static partial Regex SubsectionHeader();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root\s+(\d+)\s+(\d+)\s+R")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Info\s+\d+\s+\d+\s+R")]
    private static partial Regex InfoEntry();

    [GeneratedRegex(@"/ID\s*(\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\])")]
    private static partial Regex IdEntry();
}
