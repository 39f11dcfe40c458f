namespace Mpp.Workflows.Designer.Components.Localization;

/// <summary>Strings of the designer's comparison of the draft with the published version.</summary>
internal static partial class Texts
{
    public static string CompareWithPublished => Pick("Bandingkan dengan versi terbit", "Compare with published");
    public static string Comparison(int version) => Pick($"Perbandingan dengan versi terbit {version}", $"Compared with published version {version}");
    public static string NothingPublished => Pick("Belum ada versi terbit untuk dibandingkan.", "There is no published version to compare with.");
    public static string NoDifferences => Pick("Tidak ada perbedaan.", "No differences.");
    public static string AddedActivities => Pick("Aktivitas ditambahkan", "Added activities");
    public static string RemovedActivities => Pick("Aktivitas dihapus", "Removed activities");
    public static string ChangedActivities => Pick("Aktivitas diubah", "Changed activities");
    public static string AddedConnections => Pick("Sambungan ditambahkan", "Added connections");
    public static string RemovedConnections => Pick("Sambungan dihapus", "Removed connections");
    public static string ChangedSections => Pick("Bagian lain yang diubah", "Other changed sections");
    public static string Close => Pick("Tutup", "Close");
}
