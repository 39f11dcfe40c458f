using Mpp.Workflows.Designer.Errors;

namespace Mpp.Workflows.Designer.Components.Localization;

/// <summary>Throttled sign-ins and submissions.</summary>
internal static partial class Texts
{
    public static string SignInThrottled(TimeSpan retryAfter) => Pick(
        $"Terlalu banyak percobaan masuk yang gagal. Demi keamanan akun, coba lagi dalam {TooManyRequests.Wait(retryAfter, english: false)}.",
        $"Too many failed sign-in attempts. To protect the account, try again in {TooManyRequests.Wait(retryAfter, english: true)}.");

    public static string SubmissionsThrottledTitle => Pick("Terlalu banyak permohonan", "Too many applications");

    public static string SubmissionsThrottled(TimeSpan retryAfter) => Pick(
        $"Terlalu banyak permohonan dikirim dari alamat ini dalam waktu singkat. Silakan coba lagi dalam {TooManyRequests.Wait(retryAfter, english: false)}; isian Anda belum terkirim.",
        $"Too many applications were sent from this address in a short time. Please try again in {TooManyRequests.Wait(retryAfter, english: true)}; your form was not sent.");

    public static string BackToServices => Pick("Kembali ke daftar layanan", "Back to the services");
}
