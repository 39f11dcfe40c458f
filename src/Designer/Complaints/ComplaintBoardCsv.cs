namespace Mpp.Workflows.Designer.Complaints;

/// <summary>
/// The board's figures as CSV for spreadsheets: one row per office, invariant numbers (the median with a dot), the header in
/// Indonesian; the office is its code, so the file joins with other exports.
/// </summary>
internal static class ComplaintBoardCsv
{
    public static string Write(IReadOnlyList<ComplaintOfficeStats> rows)
    {
        var csv = new StringBuilder("kantor,diterima,dijawab,dijawab_tepat_waktu,median_hari_kerja,terbuka,terlambat_sekarang\r\n");
        foreach (var r in rows)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{Quote(r.Office)},{r.Received},{r.Answered},{r.AnsweredOnTime},{r.MedianResponseDays?.ToString("0.#", CultureInfo.InvariantCulture)},{r.Open},{r.OverdueNow}\r\n");
        }

        return csv.ToString();
    }

    // An office code is plain, but a cell that starts like a formula is neutralised all the same (CSV injection).
    private static string Quote(string value) =>
        "\"" + (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
