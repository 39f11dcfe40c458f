namespace Mpp.Workflows.Designer.Localization;

/// <summary>
/// The UI's strings in Indonesian (the default) and English, picked by the request culture. One table in code rather than
/// resource files: the two languages sit side by side, and a missing translation is a compile error. Each area of the UI
/// keeps its own strings in a partial file beside this one (<c>Texts.Admin.cs</c>, …).
/// </summary>
internal static partial class Texts
{
    public static string Brand => Pick("Mal Pelayanan Publik", "Public Service Mall");
    public static string SkipToContent => Pick("Langsung ke isi", "Skip to content");
    public static string Language => Pick("Bahasa", "Language");
    public static string Navigation => Pick("Navigasi utama", "Main navigation");
    public static string Services => Pick("Layanan", "Services");
    public static string Inbox => Pick("Kotak tugas", "Inbox");
    public static string Designer => Pick("Perancang alur", "Workflow designer");
    public static string Admin => Pick("Administrasi", "Administration");
    public static string SignOut => Pick("Keluar", "Sign out");
    public static string StaffSignIn => Pick("Masuk petugas", "Staff sign-in");

    public static string SignInTitle => Pick("Masuk petugas", "Staff sign-in");
    public static string Username => Pick("Nama pengguna", "Username");
    public static string Password => Pick("Kata sandi", "Password");
    public static string SignIn => Pick("Masuk", "Sign in");
    public static string InvalidLogin => Pick("Nama pengguna atau kata sandi salah.", "Invalid username or password.");
    public static string Forbidden => Pick("Anda tidak berhak membuka halaman ini.", "You are not allowed to open this page.");
    public static string NotFound => Pick("Tidak ditemukan", "Not found");
    public static string NotFoundHintStaff => Pick(
        "Halaman ini tidak ada. Berkas dibuka dari kotak tugas atau dengan mencari nomor registrasinya di sana.",
        "There is no such page. Open files from the inbox, or search their registration number there.");
    public static string NotFoundHint => Pick(
        "Halaman ini tidak ada. Bila Anda membuka tautan pelacakan, pastikan tautannya lengkap seperti pada tanda terima.",
        "There is no such page. If you followed a tracking link, check that it is complete as on the receipt.");

    public static string ServicesTitle => Pick("Layanan perizinan", "Permit services");
    public static string ServicesIntro => Pick(
        "Pilih layanan, siapkan persyaratannya, lalu ajukan permohonan secara daring.",
        "Choose a service, prepare its requirements, then apply online.");
    public static string Requirements => Pick("Persyaratan", "Requirements");
    public static string Fee => Pick("Biaya", "Fee");
    public static string Free => Pick("Gratis", "Free");
    public static string FeeAssessed => Pick("Ditetapkan per permohonan", "Assessed per application");
    public static string ServiceTime => Pick("Waktu layanan", "Service time");
    public static string WorkingDays(int days) => Pick($"{days} hari kerja", $"{days} working days");
    public static string LegalBasis => Pick("Dasar hukum", "Legal basis");
    public static string Apply => Pick("Ajukan permohonan", "Apply");
    public static string NoServices => Pick("Belum ada layanan yang diterbitkan.", "No service is published yet.");

    public static string ApplicationFor(string service) => Pick($"Permohonan {service}", $"Application: {service}");
    public static string ApplicantSection => Pick("Data pemohon", "Applicant");
    public static string ApplicationSection => Pick("Data permohonan", "Application details");
    public static string ApplicantName => Pick("Nama pemohon", "Applicant name");
    public static string Email => Pick("Alamat surel", "E-mail address");
    public static string Phone => Pick("Nomor telepon", "Phone number");
    public static string Nik => Pick("NIK (16 digit)", "National ID number (16 digits)");
    public static string RequiredMark => Pick("wajib", "required");
    public static string Yes => Pick("Ya", "Yes");
    public static string Choose => Pick("— pilih —", "— choose —");
    public static string Submit => Pick("Kirim permohonan", "Submit application");
    public static string FixErrors => Pick("Periksa kembali isian yang ditandai.", "Please correct the marked fields.");
    public static string UnknownService => Pick("Layanan ini tidak tersedia.", "This service is not available.");

    public static string ReceiptTitle => Pick("Permohonan diterima", "Application received");
    public static string RegistrationNumber => Pick("Nomor registrasi", "Registration number");
    public static string KeepLink => Pick(
        "Simpan tautan pelacakan ini; hanya dengan tautan ini Anda dapat melihat dan memperbaiki permohonan.",
        "Keep this tracking link; only with it can you follow and correct your application.");
    public static string TrackLink => Pick("Lacak permohonan", "Track the application");

    public static string TrackTitle => Pick("Lacak permohonan", "Track an application");
    public static string TrackingCode => Pick("Kode pelacakan", "Tracking code");
    public static string TrackingCodeHint => Pick(
        "Kode pelacakan ada di surel tanda terima yang kami kirim ke alamat surel Anda (juga pada tautan di halaman tanda terima). Kode ini tidak dicetak pada lembar tanda terima dan tidak diketahui petugas.",
        "The tracking code is in the receipt e-mail we sent to your address (and in the link on the receipt page). It is not printed on the paper receipt and staff do not know it.");
    public static string TrackButton => Pick("Lacak", "Track");
    public static string NavTrack => Pick("Lacak", "Track");
    public static string PermitIssuedTitle => Pick("Izin Anda telah terbit", "Your permit has been issued");
    public static string PermitIssuedNote(string number) => Pick(
        $"Izin nomor {number} telah ditandatangani secara elektronik dan dikirim ke surel Anda. Anda juga dapat mengunduhnya di sini.",
        $"Permit {number} has been signed electronically and e-mailed to you. You can also download it here.");
    public static string NavVerify => Pick("Verifikasi", "Verify");
    public static string TrackNotFound => Pick(
        "Nomor registrasi dan kode pelacakan ini tidak cocok. Periksa kembali kode pada surel tanda terima (huruf besar dan kecil dibedakan).",
        "This registration number and tracking code do not match. Check the code in the receipt e-mail (upper and lower case differ).");
    public static string Status => Pick("Status", "Status");
    public static string CurrentStep => Pick("Posisi berkas", "Current step");
    public static string Office => Pick("Instansi", "Office");
    public static string DueDate => Pick("Batas waktu", "Due");
    public static string SubmittedAt => Pick("Diajukan", "Submitted");
    public static string History => Pick("Riwayat", "History");
    public static string When => Pick("Waktu", "When");
    public static string Who => Pick("Oleh", "By");
    public static string Event => Pick("Kejadian", "Event");
    public static string Outcome => Pick("Keputusan", "Outcome");
    public static string Comment => Pick("Catatan", "Comment");
    public static string RevisionNeeded => Pick("Berkas dikembalikan untuk diperbaiki", "Returned for revision");
    public static string Resubmit => Pick("Kirim perbaikan", "Send the correction");
    public static string Resubmitted => Pick("Perbaikan terkirim.", "Correction sent.");
    public static string Service => Pick("Layanan", "Service");

    public static string InboxTitle => Pick("Kotak tugas", "Inbox");
    public static string InboxHint => Pick("Daftar ini diperbarui sendiri saat rekan menyelesaikan tugas.", "This list updates itself when colleagues complete tasks.");
    public static string NoTasks => Pick("Tidak ada tugas terbuka.", "No open tasks.");
    public static string Task => Pick("Tugas", "Task");
    public static string Role => Pick("Peran", "Role");
    public static string Assignee => Pick("Dikerjakan oleh", "Assignee");
    public static string DaysLeft => Pick("Sisa hari kerja", "Working days left");
    public static string Overdue => Pick("Terlambat", "Overdue");
    public static string Open => Pick("Buka", "Open");
    public static string Claim => Pick("Ambil", "Claim");
    public static string Release => Pick("Lepaskan", "Release");
    public static string Complete => Pick("Selesaikan", "Complete");
    public static string ApplicationTitle(string number) => Pick($"Permohonan {number}", $"Application {number}");
    public static string Route => Pick("Alur dan posisi berkas", "Route and current step");
    public static string ApplicationData => Pick("Data permohonan", "Application data");
    public static string Applicant => Pick("Pemohon", "Applicant");
    public static string OpenTasks => Pick("Tugas terbuka instansi Anda", "Your office's open tasks");
    public static string NoOpenTasksHere => Pick("Tidak ada tugas terbuka untuk instansi Anda.", "No open task for your office.");
    public static string ApplicationNotFound => Pick("Permohonan tidak ditemukan.", "Application not found.");
    public static string NotYourOffice => Pick(
        "Permohonan ini bukan permohonan instansi Anda.", "This is not an application of your office.");
    public static string Done => Pick("Tersimpan.", "Saved.");
    public static string Version => Pick("Versi", "Version");

    public static string DesignerTitle => Pick("Perancang alur", "Workflow designer");
    public static string Definition => Pick("Alur", "Route");
    public static string Latest => Pick("Terbaru", "Latest");
    public static string Published => Pick("Terbit", "Published");
    public static string Edit => Pick("Ubah", "Edit");
    public static string Palette => Pick("Palet", "Palette");
    public static string Properties => Pick("Properti", "Properties");
    public static string SelectActivity => Pick("Pilih aktivitas pada kanvas.", "Select an activity on the canvas.");
    public static string ValidationErrors => Pick("Kesalahan validasi", "Validation errors");
    public static string NoErrors => Pick("Tidak ada kesalahan.", "No errors.");
    public static string SaveDraft => Pick("Simpan draf", "Save draft");
    public static string Publish => Pick("Terbitkan", "Publish");
    public static string DraftSaved(int version) => Pick($"Draf versi {version} tersimpan.", $"Draft version {version} saved.");
    public static string PublishedVersion(int version) => Pick($"Versi {version} diterbitkan.", $"Version {version} published.");
    public static string PublishRefused => Pick("Tidak dapat diterbitkan:", "Cannot publish:");
    public static string Delete => Pick("Hapus", "Delete");
    public static string Connections => Pick("Sambungan keluar", "Outgoing connections");
    public static string Name => Pick("Nama", "Name");
    public static string Id => Pick("Id", "Id");

    public static string AdminTitle => Pick("Administrasi", "Administration");
    public static string Offices => Pick("Instansi", "Offices");
    public static string Users => Pick("Akun petugas", "Staff accounts");
    public static string Roles => Pick("Peran", "Roles");
    public static string Code => Pick("Kode", "Code");
    public static string TimeZone => Pick("Zona waktu", "Time zone");
    public static string Active => Pick("Aktif", "Active");
    public static string JobsDashboard => Pick("Dasbor tugas latar (Hangfire)", "Background jobs dashboard (Hangfire)");

    public static string StatusName(string status) => Glossary.Status(status);

    public static string ResultName(string? result) => Glossary.Result(result);

    public static string EventName(string name) => Glossary.Event(name);

    private static string Pick(string indonesian, string english) => UiCultures.IsEnglish ? english : indonesian;
}
