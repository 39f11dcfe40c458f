namespace Mpp.Workflows.Designer.Localization;

/// <summary>Strings of a route's life in the studio: creating, its settings, its form, requirements and permit, deleting a draft.</summary>
internal static partial class Texts
{
    // Creating and deleting.
    public static string NewRoute => Pick("Rute baru", "New route");
    public static string StartFrom => Pick("Mulai dari", "Start from");
    public static string FromBlank => Pick("Rute kosong (mulai → satu tugas → selesai)", "A blank route (start → one task → end)");
    public static string FromCopy => Pick("Salinan rute lain", "A copy of another route");
    public static string FromJson => Pick("Impor JSON", "Imported JSON");
    public static string RouteToCopy => Pick("Rute yang disalin", "Route to copy");
    public static string ServiceName => Pick("Nama layanan", "Service name");
    public static string RouteId => Pick("Id rute", "Route id");
    public static string RouteIdHint => Pick("Dibuat dari nama; muncul di alamat halaman. Huruf kecil, angka dan tanda hubung.", "Made from the name; part of page addresses. Lower-case letters, digits and dashes.");
    public static string ServiceCode => Pick("Kode layanan", "Service code");
    public static string ServiceCodeHint => Pick("Huruf besar dan angka, 2–10, dipakai pada nomor registrasi, mis. IK.", "Upper-case letters and digits, 2–10, used in registration numbers, e.g. IK.");
    public static string Create => Pick("Buat", "Create");
    public static string RouteNotYet(string id) => Pick($"Rute \"{id}\" belum ada.", $"There is no route \"{id}\" yet.");
    public static string CreateThisRoute => Pick("Buat rute ini", "Create this route");
    public static string NewRouteRefused => Pick("Rute baru belum dapat dibuat", "The new route cannot be created");
    public static string RouteIdRule(int max) => Pick($"Id rute terdiri atas huruf kecil dan angka yang dipisah tanda hubung, paling panjang {max} karakter, mis. izin-keramaian.", $"A route id is lower-case letters and digits separated by dashes, at most {max} characters, e.g. izin-keramaian.");
    public static string RouteNameRule(int max) => Pick($"Isi nama layanan (paling panjang {max} karakter).", $"Enter the service name (at most {max} characters).");
    public static string DraftTooLarge(int kilobytes) => Pick($"Draf alur paling besar {kilobytes} KB; hapus uji coba tersimpan yang tidak diperlukan.", $"A route's draft may be at most {kilobytes} KB; delete saved test runs that are not needed.");
    public static string DraftNamesRefused => Pick("Draf belum dapat disimpan: ada teks yang memuat karakter tersembunyi", "The draft cannot be saved: a text holds hidden characters");
    public static string RouteDescriptionLabel => Pick("Deskripsi layanan", "Service description");
    public static string RequirementLabel(int position) => Pick($"Persyaratan ke-{position}", $"Requirement {position}");
    public static string LegalBasisLabel(int position) => Pick($"Dasar hukum ke-{position}", $"Legal basis {position}");
    public static string PermitTitleLabel => Pick("Judul izin", "Permit title");
    public static string PermitTextLabel => Pick("Teks pada izin", "Text on the permit");
    public static string StepTitleLabel(string step) => Pick($"Judul tugas \"{step}\"", $"Task title of \"{step}\"");
    public static string StepOutcomesLabel(string step) => Pick($"Hasil langkah \"{step}\"", $"Outcomes of step \"{step}\"");
    public static string FieldLabelAt(int position) => Pick($"Label isian ke-{position}", $"Label of field {position}");
    public static string FieldOptionsLabel(string field) => Pick($"Pilihan isian \"{field}\"", $"Options of field \"{field}\"");
    public static string StepNameLabel(int position) => Pick($"Nama langkah ke-{position}", $"Name of step {position}");
    public static string ServiceCodeRule => Pick("Kode layanan terdiri atas 2–10 huruf besar atau angka, mis. IK.", "A service code is 2–10 upper-case letters or digits, e.g. IK.");
    public static string ServiceCodeForCopy => Pick("Salinan memerlukan kode layanannya sendiri.", "A copy needs a service code of its own.");
    public static string CopyOrImport => Pick("Pilih salah satu: menyalin rute atau mengimpor JSON.", "Choose one: copy a route or import JSON.");
    public static string RouteToCopyMissing(string id) => Pick($"Rute \"{id}\" yang hendak disalin tidak ada.", $"Route \"{id}\" to copy does not exist.");
    public static string RouteIdTaken(string id) => Pick($"Id rute \"{id}\" sudah dipakai; pilih id lain.", $"Route id \"{id}\" is already used; choose another.");
    public static string RouteMissing(string id) => Pick($"Rute \"{id}\" tidak ada.", $"Route \"{id}\" does not exist.");
    public static string NoDraftToDelete(string id) => Pick($"Rute \"{id}\" tidak memiliki draf; versi yang sudah terbit tidak pernah dihapus.", $"Route \"{id}\" has no draft; a published version is never deleted.");
    public static string DeleteDraft => Pick("Hapus draf", "Delete draft");
    public static string ConfirmDeleteDraft(int version, bool routeGoes) => routeGoes
        ? Pick($"Hapus draf versi {version}? Rute ini belum pernah terbit, jadi seluruh rute akan hilang.", $"Delete draft version {version}? This route was never published, so the whole route goes.")
        : Pick($"Hapus draf versi {version}? Versi terbit tetap dipakai.", $"Delete draft version {version}? The published version stays in use.");
    public static string DraftDeleted(int version) => Pick($"Draf versi {version} dihapus.", $"Draft version {version} deleted.");
    public static string ImportOtherRoute(string id) => Pick($"JSON ini milik rute \"{id}\". Untuk membuat rute baru darinya, pakai \"Rute baru\" → \"Impor JSON\" di daftar rute.", $"This JSON belongs to route \"{id}\". To make a new route of it, use \"New route\" → \"Imported JSON\" in the route list.");
    public static string NotAJsonObject => Pick("JSON rute berupa satu objek { … }.", "A route's JSON is one object { … }.");

    // Settings.
    public static string RouteSettings => Pick("Pengaturan layanan", "Service settings");
    public static string Description => Pick("Uraian", "Description");
    public static string OnePerLine => Pick("Satu per baris.", "One per line.");
    public static string FeeAmount => Pick("Biaya (Rp)", "Fee (IDR)");
    public static string FeeAmountHint => Pick("0 berarti gratis; kosong berarti ditetapkan per permohonan.", "0 means free; empty means assessed per application.");
    public static string FeeNote => Pick("Keterangan biaya", "Fee note");
    public static string SlaDays => Pick("Waktu layanan (hari kerja)", "Service time (working days)");
    public static string StatutoryDays => Pick("Batas waktu menurut peraturan (hari kerja)", "Statutory time limit (working days)");
    public static string StatutoryDaysHint => Pick("Dihitung sejak berkas lengkap; kosong berarti tanpa batas waktu.", "Counted from a complete file; empty means none.");
    public static string OnStatutoryDeadline => Pick("Bila batas waktu terlewati", "When the time limit passes");
    public static string DeemApprove => Pick("Dianggap disetujui (fiktif positif)", "Deemed approved");
    public static string NotifyOnly => Pick("Hanya pemberitahuan kepada petugas", "Notify the staff only");
    public static string NothingHappens => Pick("Tidak ada tindakan", "Nothing");
    public static string PermitValidityYears => Pick("Masa berlaku izin (tahun)", "Permit validity (years)");
    public static string PermitValidityHint => Pick("0 berarti tanpa batas waktu.", "0 means no expiry.");

    // The applicant's form.
    public static string FormFields => Pick("Isian formulir pemohon", "Applicant form fields");
    public static string AddField => Pick("Tambah isian", "Add field");
    public static string FieldLabel => Pick("Label", "Label");
    public static string FieldKey => Pick("Kunci data", "Data key");
    public static string FieldKeyHint => Pick("Dibuat dari label; dipakai dalam kondisi dan surat izin.", "Made from the label; used in conditions and on the permit.");
    public static string FieldKind => Pick("Jenis", "Kind");
    public static string FieldRequired => Pick("Wajib diisi", "Required");
    public static string FieldFormat => Pick("Format", "Format");
    public static string FieldMinLength => Pick("Panjang minimal", "Minimum length");
    public static string FieldMaxLength => Pick("Panjang maksimal", "Maximum length");
    public static string FieldOptions => Pick("Pilihan (satu per baris)", "Choices (one per line)");
    public static string FieldHelp => Pick("Teks bantuan", "Help text");
    public static string FieldApplicant => Pick("Diisi dari data pemohon", "Filled from the applicant");
    public static string MoveUp => Pick("Naikkan", "Move up");
    public static string MoveDown => Pick("Turunkan", "Move down");
    public static string NewField => Pick("Isian baru", "New field");
    public static string KindText => Pick("Teks singkat", "Short text");
    public static string KindLongText => Pick("Teks panjang", "Long text");
    public static string KindChoice => Pick("Pilihan", "Choice");
    public static string KindNumber => Pick("Angka", "Number");
    public static string KindYesNo => Pick("Ya/tidak", "Yes/no");
    public static string KindDate => Pick("Tanggal", "Date");
    public static string KindEmail => Pick("Alamat surel", "E-mail address");
    public static string KindFile => Pick("Berkas unggahan", "Uploaded file");
    public static string FormatNone => Pick("Bebas", "Any");
    public static string FormatFromApplicant(string format) => Pick($"Sesuai data pemohon: {format}", $"As the applicant's data: {format}");
    public static string FormatNik => Pick("NIK (16 digit)", "NIK (16 digits)");
    public static string FormatPhone => Pick("Nomor telepon", "Telephone number");
    public static string ApplicantNone => Pick("Tidak", "No");
    public static string ApplicantNik => Pick("NIK pemohon", "Applicant's NIK");
    public static string ApplicantEmail => Pick("Surel pemohon", "Applicant's e-mail");
    public static string ApplicantPhone => Pick("Telepon pemohon", "Applicant's phone");

    // Requirements.
    public static string AddRequirement => Pick("Tambah persyaratan", "Add requirement");
    public static string RequirementName => Pick("Nama dokumen", "Document");
    public static string RequirementHow => Pick("Cara menyerahkan", "How it is handed in");
    public static string Uploaded => Pick("Diunggah bersama formulir", "Uploaded with the form");
    public static string BroughtToCounter => Pick("Dibawa ke loket", "Brought to the counter");
    public static string UploadField => Pick("Isian unggahan", "Upload field");
    public static string NewUploadField => Pick("(buat isian unggahan baru)", "(make a new upload field)");
    public static string WhatToBring => Pick("Yang dibawa (mis. asli dan 1 lembar fotokopi)", "What to bring (e.g. original and 1 copy)");
    public static string NewRequirement => Pick("Dokumen baru", "New document");

    // The permit.
    public static string PermitSection => Pick("Surat izin", "Permit");
    public static string PermitFromFile => Pick("Surat izin rute ini memakai templat berkas; perubahan di sini disimpan bersama rute.", "This route's permit uses a template file; changes made here are kept with the route.");
    public static string IncompleteRoutePermit(string route) => Pick(
        $"Surat izin layanan \"{route}\" belum lengkap: isi judul, kalimat pemberian izin, serta label setiap baris izin di \"Pengaturan layanan\" → \"Surat izin\".",
        $"The permit of service \"{route}\" is incomplete: fill in its title, grant statement and the label of every permit line under \"Service settings\" → \"Permit\".");
    public static string PermitNone => Pick("Rute ini belum memiliki surat izin. Isi judul untuk membuatnya.", "This route has no permit yet. Enter a title to make one.");
    public static string PermitTitle => Pick("Judul surat izin", "Permit title");
    public static string PermitTitleHint => Pick("{kunci} diganti isian pemohon, mis. SURAT IZIN {jenisAcara}.", "{key} is replaced by the applicant's field, e.g. PERMIT {eventKind}.");
    public static string GrantStatement => Pick("Kalimat pemberian izin", "Grant statement");
    public static string HolderNameField => Pick("Isian nama pemegang izin", "Holder's name field");
    public static string HolderNikField => Pick("Isian NIK pemegang izin", "Holder's NIK field");
    public static string PermitFields => Pick("Isian yang dicetak pada surat izin", "Fields printed on the permit");
    public static string AddPermitField => Pick("Tambah baris izin", "Add permit line");
    public static string PermitSuffix => Pick("Akhiran (mis. m²)", "Suffix (e.g. m²)");
    public static string ValidityNote => Pick("Catatan masa berlaku", "Validity note");

    // Step ids.
    public static string StepId => Pick("Id langkah", "Step id");
    public static string StepIdHint => Pick("Dibuat dari nama langkah; huruf kecil, angka dan tanda hubung.", "Made from the step's name; lower-case letters, digits and dashes.");
    public static string StepIdRule(int max) => Pick($"Id langkah terdiri atas huruf kecil dan angka yang dipisah tanda hubung, paling panjang {max} karakter.", $"A step id is lower-case letters and digits separated by dashes, at most {max} characters.");
    public static string StepIdTaken(string id) => Pick($"Id \"{id}\" sudah dipakai langkah lain.", $"Id \"{id}\" is already used by another step.");
}
