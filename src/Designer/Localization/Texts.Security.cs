using Mpp.Workflows.Designer.Errors;

namespace Mpp.Workflows.Designer.Localization;

/// <summary>Throttled, refused and ended sign-ins; throttled submissions.</summary>
internal static partial class Texts
{
    public static string SignInThrottled(TimeSpan retryAfter) => Pick(
        $"Terlalu banyak percobaan masuk yang gagal. Demi keamanan akun, coba lagi dalam {TooManyRequests.Wait(retryAfter, english: false)}.",
        $"Too many failed sign-in attempts. To protect the account, try again in {TooManyRequests.Wait(retryAfter, english: true)}.");

    public static string AccountDeactivated => Pick(
        "Akun ini sedang dinonaktifkan. Hubungi admin untuk mengaktifkannya kembali.",
        "This account is deactivated. Ask an administrator to reactivate it.");

    public static string SessionEnded => Pick(
        "Sesi Anda berakhir karena akun Anda diubah oleh admin (mis. kata sandi diatur ulang, peran atau instansi diubah). Silakan masuk kembali.",
        "Your session ended because an administrator changed your account (e.g. reset the password, changed the roles or office). Please sign in again.");

    public static string SubmissionsThrottledTitle => Pick("Terlalu banyak permohonan", "Too many applications");

    public static string SubmissionsThrottled(TimeSpan retryAfter) => Pick(
        $"Terlalu banyak permohonan dikirim dari alamat ini dalam waktu singkat. Silakan coba lagi dalam {TooManyRequests.Wait(retryAfter, english: false)}; isian Anda belum terkirim.",
        $"Too many applications were sent from this address in a short time. Please try again in {TooManyRequests.Wait(retryAfter, english: true)}; your form was not sent.");

    public static string BackToServices => Pick("Kembali ke daftar layanan", "Back to the services");
}
