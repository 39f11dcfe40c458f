namespace Mpp.Workflows.Designer.Localization;

/// <summary>Strings of the studio's editing tools: layout, fit, search, copy and paste, keyboard, publish dialog.</summary>
internal static partial class Texts
{
    public static string TidyLayout => Pick("Rapikan tata letak", "Tidy layout");
    public static string FitWholeRoute => Pick("Tampilkan seluruh rute", "Fit whole route");
    public static string Copy => Pick("Salin", "Copy");
    public static string Paste => Pick("Tempel", "Paste");
    public static string SearchSteps => Pick("Cari langkah", "Search steps");
    public static string SearchNext => Pick("Berikutnya", "Next");
    public static string NoStepFound(string query) => Pick($"Tidak ada langkah bernama \"{query}\".", $"No step is named \"{query}\".");
    public static string StepFound(int index, int count, string name) => Pick($"Ditemukan {index} dari {count}: {name}", $"Found {index} of {count}: {name}");
    public static string Minimap => Pick("Peta kecil rute", "Route minimap");
    public static string CanvasHelp => Pick(
        "Tab menuju langkah terpilih; panah memilih langkah di sebelahnya; tombol Del menghapusnya; Ctrl+C dan Ctrl+V menyalin dan menempel; Ctrl+Z dan Ctrl+Y mengurungkan dan mengulangi.",
        "Tab reaches the selected step; arrows select the step next to it; Delete removes it; Ctrl+C and Ctrl+V copy and paste; Ctrl+Z and Ctrl+Y undo and redo.");
    public static string RouteCanvas => Pick("Kanvas rute", "Route canvas");

    public static string Selected(string name) => Pick($"Langkah {name} dipilih.", $"Step {name} selected.");
    public static string Deleted(string name) => Pick($"Langkah {name} dihapus.", $"Step {name} removed.");
    public static string Added(string name) => Pick($"Langkah {name} ditambahkan.", $"Step {name} added.");
    public static string Moved(string name) => Pick($"Langkah {name} dipindahkan.", $"Step {name} moved.");
    public static string MovedAside(string name) => Pick(
        $"Langkah {name} digeser ke tempat kosong terdekat agar tidak menutupi langkah lain.",
        $"Step {name} moved to the nearest free place so it covers no other step.");
    public static string Edited(string name) => Pick($"Pengaturan langkah {name} diubah.", $"Settings of step {name} changed.");
    public static string Copied(int count) => Pick($"{count} langkah disalin.", $"{count} step(s) copied.");
    public static string Pasted(int count) => Pick($"{count} langkah ditempel.", $"{count} step(s) pasted.");
    public static string NothingToPaste => Pick("Belum ada langkah yang disalin.", "No step has been copied.");
    public static string LaidOut => Pick("Tata letak dirapikan.", "Layout tidied.");
    public static string Undone(string? action) => action is null ? Pick("Diurungkan.", "Undone.") : Pick($"Diurungkan: {action}", $"Undone: {action}");
    public static string Redone(string? action) => action is null ? Pick("Diulangi.", "Redone.") : Pick($"Diulangi: {action}", $"Redone: {action}");
    public static string ConnectionAdded(string outcome, string from, string to) => Pick(
        $"Hasil {outcome} dari {from} disambungkan ke {to}.", $"Outcome {outcome} of {from} connected to {to}.");
    public static string ConnectionMoved(string outcome, string from, string before, string to) => Pick(
        $"Hasil {outcome} dari {from} kini disambungkan ke {to}, menggantikan sambungan ke {before}.",
        $"Outcome {outcome} of {from} now connected to {to}, replacing its connection to {before}.");
    public static string ConnectionRemoved(string outcome, string to) => Pick($"Sambungan {outcome} ke {to} dihapus.", $"Connection {outcome} to {to} removed.");
    public static string ConnectionExists => Pick("Sambungan itu sudah ada.", "That connection exists already.");

    public static string ConnectTitle => Pick("Sambungkan dengan papan ketik", "Connect with the keyboard");
    public static string ConnectOutcome => Pick("Hasil", "Outcome");
    public static string ConnectTarget => Pick("Ke langkah", "To step");
    public static string Connect => Pick("Sambungkan", "Connect");

    public static string PublishDialogTitle(int version) => Pick($"Terbitkan versi {version}?", $"Publish version {version}?");
    public static string PublishDialogIntro => Pick(
        "Permohonan baru akan mengikuti versi ini. Periksa perubahannya terhadap versi terbit sebelum melanjutkan.",
        "New applications will follow this version. Check its changes against the published version before you go on.");
    public static string FirstPublication => Pick(
        "Rute ini belum pernah diterbitkan: seluruh isinya menjadi versi terbit pertama, dan permohonan baru akan mengikuti versi ini.",
        "This route has never been published: all of it becomes the first published version, and new applications will follow it.");
    public static string FilesStayOnTheirVersion(int published) => Pick(
        $"Berkas yang sudah diajukan tetap berjalan pada versinya (versi {published} atau sebelumnya) sampai dipindahkan lewat \"Pindahkan berkas yang berjalan ke versi baru\".",
        $"Files already filed keep running on their version (version {published} or earlier) until moved with \"Move running files to the new version\".");
    public static string MoveRunningFilesToNewVersion => Pick("Pindahkan berkas yang berjalan ke versi baru", "Move running files to the new version");
    public static string NeverPublished => Pick("belum pernah diterbitkan", "never published");
    public static string ConfirmPublish => Pick("Ya, terbitkan", "Yes, publish");
}
