namespace Mpp.Workflows.Designer.Localization;

/// <summary>Strings of the designer's comparison of the draft with the published version.</summary>
internal static partial class Texts
{
    public static string CompareWithPublished => Pick("Bandingkan dengan versi terbit", "Compare with published");
    public static string Comparison(int version) => Pick($"Perbandingan dengan versi terbit {version}", $"Compared with published version {version}");
    public static string NothingPublished => Pick("Belum ada versi terbit untuk dibandingkan.", "There is no published version to compare with.");
    public static string NoDifferences => Pick("Tidak ada perbedaan.", "No differences.");
    public static string AddedActivities => Pick("Langkah ditambahkan", "Added steps");
    public static string RemovedActivities => Pick("Langkah dihapus", "Removed steps");
    public static string ChangedActivities => Pick("Langkah diubah", "Changed steps");
    public static string AddedConnections => Pick("Sambungan ditambahkan", "Added connections");
    public static string RemovedConnections => Pick("Sambungan dihapus", "Removed connections");
    public static string ChangedSections => Pick("Bagian lain yang diubah", "Other changed sections");
    public static string DeadlineNothing => Pick("— tidak ada tindakan (tugas tetap terbuka) —", "— nothing (the task stays open) —");
    public static string DeadlineEscalate => Pick("Eskalasi: atasan ikut melihat tugas", "Escalate: the superior sees the task too");
    public static string DeadlineOutcome(string outcome) => Pick($"Putuskan otomatis «{outcome}»", $"Decide «{outcome}» automatically");
    public static string RenamedActivities => Pick("Langkah diganti nama", "Renamed steps");
    public static string StepNameSetting => Pick("Nama", "Name");

    /// <summary>A top-level part of a route as the comparison lists it.</summary>
    public static string RouteSection(string section) => section.ToLowerInvariant() switch
    {
        "name" => Pick("Nama layanan", "Service name"),
        "description" => Pick("Deskripsi layanan", "Service description"),
        "inputs" => Pick("Formulir pemohon", "Applicant form"),
        "options" => Pick("Pengaturan layanan (biaya, waktu, persyaratan, surat izin)", "Service settings (fee, time, requirements, permit)"),
        "studio" => Pick("Uji coba tersimpan", "Saved test runs"),
        "variables" => Pick("Variabel alur", "Route variables"),
        _ => Glossary.Words(section),
    };
    public static string Close => Pick("Tutup", "Close");
    public static string Draft => Pick("draf", "draft");
    public static string Undo => Pick("Urungkan", "Undo");
    public static string Redo => Pick("Ulangi", "Redo");
    public static string FitToScreen => Pick("Paskan ke layar", "Fit");

    /// <summary>The join modes of a <c>Elsa.FlowJoin</c> in the property panel.</summary>
    public static string JoinWaitAll => Pick("Tunggu semua cabang", "Wait for every branch");
    public static string JoinWaitAny => Pick("Cukup satu cabang", "Any one branch");

    /// <summary>The name of the select choosing how an input is written (a fixed value or a script).</summary>
    public static string ExpressionSyntax(string input) => Pick($"{input}: cara penulisan", $"{input}: written as");

    public static string PublishDraftChanged => Pick("Draf berubah selama diterbitkan", "The draft changed while it was being published");
    public static string PublishDraftChangedDetail => Pick(
        "Draf rute ini terus disimpan ulang sementara penerbitan berjalan. Tunggu sebentar lalu terbitkan lagi.",
        "The route's draft kept being saved while it was being published. Wait a moment and publish again.");
    public static string PublishRefusedTitle => Pick("Rute belum dapat diterbitkan", "The route cannot be published yet");

    /// <summary>An <c>Mpp.IssueDocument</c> that would issue a permit for a route that has no permit template.</summary>
    public static string NoPermitTemplate(string activity, string route, string file) => Pick(
        $"Langkah \"{activity}\" menerbitkan surat izin, tetapi layanan \"{route}\" belum memiliki templat surat izin ({file}). "
            + "Tanpa templat, permohonan yang disetujui tidak akan pernah menerima izinnya. Minta administrator menambahkan templat itu, lalu terbitkan lagi.",
        $"Step \"{activity}\" issues a permit, but service \"{route}\" has no permit template ({file}). "
            + "Without one, an approved application would never receive its permit. Ask an administrator to add the template, then publish again.");

    public static string BrokenPermitTemplate(string route, string reason) => Pick(
        $"Templat surat izin layanan \"{route}\" tidak dapat dibaca: {reason}",
        $"The permit template of service \"{route}\" cannot be read: {reason}");
}
