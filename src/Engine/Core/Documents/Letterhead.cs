namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// The issuing office's letterhead (kop surat), bound from configuration section <c>Documents:Letterhead</c>.
/// Empty contact values are left out of the printed letterhead.
/// </summary>
public sealed class Letterhead
{
    public const string SectionName = "Documents:Letterhead";

    public string RegencyName { get; set; } = "PEMERINTAH KABUPATEN PEMALANG";

    public string OfficeName { get; set; } = "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU";

    public string Address { get; set; } = "Pemalang, Jawa Tengah";

    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";

    public string Website { get; set; } = "";

    /// <summary>Place named in "Pemalang, 27 November 2026" when a document does not name another.</summary>
    public string Place { get; set; } = "Pemalang";
}
