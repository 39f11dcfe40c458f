using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The messages of a signing decision that could not be signed, in Indonesian, or in English when the request's UI culture
/// is English (as <see cref="DecisionTexts"/>). The official reads them above the decision form; none names a code.
/// </summary>
internal static class SigningTexts
{
    public static string PassphraseRequiredTitle => Pick("Passphrase tanda tangan elektronik wajib diisi", "The signing passphrase is required");

    public static string PassphraseRequired => Pick(
        "Keputusan ini menerbitkan izin yang Anda tandatangani secara elektronik: isi passphrase sertifikat elektronik Anda (BSrE).",
        "This decision issues the permit you sign electronically: type your electronic certificate's passphrase (BSrE).");

    public static string NoNikTitle => Pick("Akun Anda belum terdaftar sebagai penandatangan", "Your account is not registered as a signing official");

    public static string NoNik => Pick(
        "NIK Anda sebagai penandatangan belum diatur (Signing:Remote:Officials); hubungi administrator.",
        "Your NIK as a signing official is not configured (Signing:Remote:Officials); ask the administrator.");

    /// <summary>The refusal's title for <paramref name="failure"/>.</summary>
    public static string Title(SigningFailure failure) => failure switch
    {
        SigningFailure.WrongPassphrase => Pick("Passphrase salah: izin belum ditandatangani", "Wrong passphrase: the permit was not signed"),
        SigningFailure.CertificateNotRegistered => Pick(
            "Sertifikat elektronik Anda tidak terdaftar: izin belum ditandatangani", "Your electronic certificate is not registered: the permit was not signed"),
        SigningFailure.CertificateExpired => Pick(
            "Sertifikat elektronik Anda sudah kedaluwarsa: izin belum ditandatangani", "Your electronic certificate has expired: the permit was not signed"),
        SigningFailure.CertificateRevoked => Pick(
            "Sertifikat elektronik Anda sudah dicabut: izin belum ditandatangani", "Your electronic certificate was revoked: the permit was not signed"),
        SigningFailure.ServiceUnavailable => Pick(
            "Layanan tanda tangan elektronik tidak dapat dihubungi: izin belum ditandatangani",
            "The signing service cannot be reached: the permit was not signed"),
        _ => Pick("Layanan tanda tangan elektronik menolak permintaan: izin belum ditandatangani", "The signing service refused: the permit was not signed"),
    };

    /// <summary>What the official can do about <paramref name="failure"/>.</summary>
    public static string Detail(SigningFailure failure) => failure switch
    {
        SigningFailure.WrongPassphrase => Pick(
            "Passphrase tidak cocok dengan sertifikat elektronik Anda. Ketik ulang passphrase lalu simpan kembali; tugas tetap terbuka.",
            "The passphrase does not match your electronic certificate. Type it again and save; the task stays open."),
        SigningFailure.CertificateNotRegistered or SigningFailure.CertificateExpired or SigningFailure.CertificateRevoked => Pick(
            "Hubungi pengelola sertifikat elektronik (BSrE) instansi Anda; tugas tetap terbuka sampai izin dapat ditandatangani.",
            "Contact your office's electronic certificate administrator (BSrE); the task stays open until the permit can be signed."),
        SigningFailure.ServiceUnavailable => Pick(
            "Coba lagi beberapa saat lagi; tugas tetap terbuka dan belum ada izin yang terbit.",
            "Try again in a moment; the task stays open and no permit was issued."),
        _ => Pick(
            "Tugas tetap terbuka dan belum ada izin yang terbit; coba lagi atau hubungi administrator.",
            "The task stays open and no permit was issued; try again or ask the administrator."),
    };

    private static string Pick(string indonesian, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : indonesian;
}
