namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>Complete application forms for the shipped routes (field names from their <c>inputs</c>).</summary>
public static class SampleData
{
    public const string Nik = "3327015505900001";

    public static JsonObject Applicant(string name = "dr. Sari Wulandari") =>
        new() { ["name"] = name, ["email"] = "sari@example.org", ["phone"] = "081234567890", ["nik"] = Nik };

    public static JsonObject Submission(string definitionId, JsonObject data) =>
        new() { ["definitionId"] = definitionId, ["applicant"] = Applicant(), ["data"] = data };

    public static JsonObject Sip() => new()
    {
        ["namaLengkap"] = "dr. Sari Wulandari",
        ["nik"] = Nik,
        ["email"] = "sari@example.org",
        ["profesi"] = "Dokter",
        ["nomorStr"] = "STR-1234567",
        ["tempatPraktik"] = "Klinik Sehat Pemalang",
        ["alamatPraktik"] = "Jl. Jenderal Sudirman 10, Pemalang",
    };

    /// <summary>A PBG form; above 300 m² or non-residential takes the parallel PUPR + DLH review.</summary>
    public static JsonObject Pbg(double luasLantai, string fungsiBangunan = "Hunian") => new()
    {
        ["namaPemilik"] = "Budi Santoso",
        ["nik"] = Nik,
        ["email"] = "budi@example.org",
        ["alamatBangunan"] = "Jl. Pemuda 5, Pemalang",
        ["fungsiBangunan"] = fungsiBangunan,
        ["luasLantai"] = luasLantai,
        ["jumlahLantai"] = 2,
        ["nomorPersil"] = "PERSIL-0042",
    };

    public static JsonObject Reklame() => new()
    {
        ["namaPemohon"] = "CV Maju Jaya",
        ["nik"] = Nik,
        ["email"] = "iklan@example.org",
        ["jenisReklame"] = "Baliho",
        ["ukuran"] = "4 x 6 m",
        ["lokasi"] = "Simpang Lima Pemalang",
        ["naskah"] = "Promo akhir tahun",
        ["masaBerlaku"] = "2026-12-31",
    };
}
