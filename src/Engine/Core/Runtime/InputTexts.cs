namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The messages of the input rules (<see cref="ApplicationDataValidator"/>, <see cref="ApplicantRules"/>) in Indonesian,
/// or in English when the request's UI culture is English: the host sets it from the language switch on pages and from
/// <c>Accept-Language</c> on the API. Applicants read them beside the form fields.
/// </summary>
internal static class InputTexts
{
    public static string Required(string field) => Pick($"'{field}' wajib diisi.", $"'{field}' is required.");

    public static string Number(string field) => Pick($"'{field}' harus berupa angka.", $"'{field}' must be a number.");

    public static string Boolean(string field) => Pick($"'{field}' harus bernilai true atau false.", $"'{field}' must be true or false.");

    public static string Date(string field) => Pick(
        $"'{field}' harus berupa tanggal dengan format yyyy-MM-dd.", $"'{field}' must be a date written yyyy-MM-dd.");

    public static string Email(string field) => Pick($"'{field}' harus berupa alamat surel.", $"'{field}' must be an e-mail address.");

    public static string Text(string field) => Pick($"'{field}' harus berupa teks.", $"'{field}' must be text.");

    public static string OneOf(string field, IEnumerable<string> choices) => Pick(
        $"'{field}' harus salah satu dari: {string.Join(", ", choices)}.", $"'{field}' must be one of: {string.Join(", ", choices)}.");

    public static string TooShort(string field, int min, int length) => Pick(
        $"'{field}' paling sedikit {min} karakter (terisi {length}).", $"'{field}' needs at least {min} characters (it has {length}).");

    public static string TooLong(string field, int max, int length) => Pick(
        $"'{field}' paling banyak {max} karakter (terisi {length}).", $"'{field}' may have at most {max} characters (it has {length}).");

    public static string ControlCharacter(string field) => Pick(
        $"'{field}' memuat karakter kendali (mis. tab, baris baru atau karakter tak terlihat) yang tidak boleh ada pada isian satu baris.",
        $"'{field}' contains a control character (such as a tab, a line break or an invisible character) that a single-line field may not hold.");

    public static string InvalidText(string field) => Pick(
        $"'{field}' memuat karakter yang tidak sah (surrogate UTF-16 tanpa pasangan atau pengodean yang bukan UTF-8).",
        $"'{field}' contains invalid text (an unpaired UTF-16 surrogate or an encoding that is not UTF-8).");

    public static string CombiningMarks(string field, int max) => Pick(
        $"'{field}' memuat lebih dari {max} tanda diakritik berturut-turut pada satu huruf.",
        $"'{field}' has more than {max} combining marks in a row on one letter.");

    public static string UnknownField(string key) => Pick(
        $"Formulir layanan ini tidak memiliki isian '{key}'.", $"The service's form has no field '{key}'.");

    public static string ApplicationInvalid => Pick(
        "Permohonan belum lengkap atau isiannya tidak sah", "The application is incomplete or malformed");

    public static string RevisionInvalid => Pick(
        "Perbaikan permohonan belum lengkap atau isiannya tidak sah", "The revised application is incomplete or malformed");

    public static string ApplicantRequired => Pick("Data pemohon wajib diisi.", "The applicant is required.");

    public static string ApplicantNameRequired => Pick("Nama pemohon wajib diisi.", "The applicant's name is required.");

    public static string ApplicantEmailRequired => Pick(
        "Alamat surel yang sah wajib diisi: tanda terima dan izin dikirim ke sana.",
        "A valid e-mail address is required: the receipt and the permit are sent there.");

    public static string Nik => Pick("NIK terdiri dari 16 angka.", "The NIK has 16 digits.");

    public static string NikFormat(string field) => Pick(
        $"'{field}' harus terdiri dari tepat 16 angka, sesuai KTP.", $"'{field}' must be exactly 16 digits, as on the identity card.");

    public static string PhoneFormat(string field) => Pick(
        $"'{field}' harus berupa nomor telepon: 8–15 angka, boleh diawali + (mis. 081234567890 atau +62 812 3456 7890).",
        $"'{field}' must be a phone number: 8–15 digits, optionally starting with + (e.g. 081234567890 or +62 812 3456 7890).");

    public static string IdentityRequired(string identity, string field) => Pick(
        $"{identity} wajib diisi untuk layanan ini (dipakai untuk isian '{field}').",
        $"{identity} is required for this service (it fills the field '{field}').");

    public static string ApplicantNik => Pick("NIK pemohon", "Applicant NIK");

    public static string ApplicantEmail => Pick("Alamat surel pemohon", "Applicant e-mail address");

    public static string ApplicantName => Pick("Nama pemohon", "Applicant name");

    public static string ApplicantPhone => Pick("Nomor telepon", "Phone number");

    private static string Pick(string indonesian, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : indonesian;
}
