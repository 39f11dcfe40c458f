using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Engine.Tests.Documents;

/// <summary>Application data and issuance facts for the three shipped routes.</summary>
internal static class DocumentSamples
{
    public static readonly DateOnly IssuedOn = new(2026, 11, 27);

    public static readonly Signatory Head = new("Dr. Hj. Siti Rahmawati, S.H., M.Si.", "Kepala DPMPTSP", "Bupati Pemalang", "197503122000032001");

    public static readonly string[] Routes = ["sip-dokter", "pbg", "reklame"];

    public static string TemplatesDirectory { get; } = Path.Combine(RepoPaths.Workflows, "templates");

    public static PermitTemplate Template(string route) => PermitTemplate.Load(Path.Combine(TemplatesDirectory, route + ".json"));

    public static JsonObject Application(string route) => route switch
    {
        "sip-dokter" => new JsonObject
        {
            ["namaLengkap"] = "dr. Ahmad Fauzi",
            ["nik"] = "3327011204850003",
            ["profesi"] = "Dokter",
            ["nomorStr"] = "KT00000123456789",
            ["tempatPraktik"] = "Klinik Pratama Sehat Bersama",
            ["alamatPraktik"] = "Jl. Jenderal Sudirman No. 10, Pemalang",
            ["jadwalPraktik"] = "Senin-Jumat 16.00-20.00 WIB",
        },
        "pbg" => new JsonObject
        {
            ["namaPemilik"] = "Budi Santoso",
            ["nik"] = "3327022301790001",
            ["alamatBangunan"] = "Desa Banjarmulya RT 02 RW 05, Kecamatan Pemalang",
            ["fungsiBangunan"] = "Hunian",
            ["luasLantai"] = 126.5,
            ["jumlahLantai"] = 2,
            ["nomorPersil"] = "142/B",
        },
        "reklame" => new JsonObject
        {
            ["namaPemohon"] = "CV Cahaya Pantura",
            ["nik"] = "3327035507880002",
            ["jenisReklame"] = "Papan/Billboard",
            ["ukuran"] = "4 x 6 m",
            ["lokasi"] = "Simpang Tiga Sirandu, Jl. Pemuda, Pemalang",
            ["naskah"] = "Cahaya Pantura - Bahan Bangunan Lengkap dan Murah",
            ["masaBerlaku"] = "2027-05-31",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, null),
    };

    public static string ServiceName(string route) => route switch
    {
        "sip-dokter" => "Surat Izin Praktik Dokter",
        "pbg" => "Persetujuan Bangunan Gedung",
        _ => "Izin Penyelenggaraan Reklame",
    };

    public static string RegistrationNumber(string route) => $"REG-{route.ToUpperInvariant()}-2026-000123";

    public static PermitIssue Issue(string route) => new(
        $"503/{route.ToUpperInvariant()}/0042/2026",
        RegistrationNumber(route),
        ServiceName(route),
        IssuedOn,
        "Pemalang",
        Head,
        "https://mpp.pemalangkab.go.id/verifikasi/7f3a9c1e2b");

    public static PermitContent Permit(string route) => Template(route).CreateContent(Issue(route), Application(route));

    public static ReceiptContent Receipt(string route) => new(
        RegistrationNumber(route),
        new DateTimeOffset(2026, 11, 20, 9, 15, 0, TimeSpan.FromHours(7)),
        Template(route).CreateContent(Issue(route), Application(route)).HolderName,
        "3327011204850003",
        "pemohon@example.org",
        ServiceName(route),
        ["Fotokopi KTP", "Dokumen teknis sesuai jenis layanan", "Surat pernyataan kebenaran data"],
        IssuedOn,
        "https://mpp.pemalangkab.go.id/lacak/" + RegistrationNumber(route));

    public static RejectionContent Rejection(string route) => new(
        $"503/TOLAK/{route.ToUpperInvariant()}/0007/2026",
        RegistrationNumber(route),
        Permit(route).HolderName,
        ServiceName(route),
        ["Hasil peninjauan lapangan tidak sesuai dengan dokumen yang diajukan.", "Rekomendasi teknis dari dinas terkait tidak diberikan."],
        "Pemalang",
        IssuedOn,
        Head);
}
