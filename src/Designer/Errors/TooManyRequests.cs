using Microsoft.AspNetCore.Mvc;

namespace Mpp.Workflows.Designer.Errors;

/// <summary>
/// The host's one way to refuse with 429, for each of its limits (sign-in, submissions, verification): <c>Retry-After</c>
/// in whole seconds, and for the API a problem with a title and detail in Indonesian unless the client's
/// <c>Accept-Language</c> prefers English.
/// </summary>
internal static class TooManyRequests
{
    public static ProblemDetails SignIn(HttpContext context, TimeSpan retryAfter) =>
        Problem(
            context,
            retryAfter,
            "Terlalu banyak percobaan masuk",
            "Too many sign-in attempts",
            wait => $"Terlalu banyak percobaan masuk yang gagal untuk akun ini atau dari alamat ini. Coba lagi dalam {wait}.",
            wait => $"Too many failed sign-in attempts for this account or from this address. Try again in {wait}.");

    public static ProblemDetails Submission(HttpContext context, TimeSpan retryAfter) =>
        Problem(
            context,
            retryAfter,
            "Terlalu banyak permohonan",
            "Too many applications",
            wait => $"Terlalu banyak permohonan dikirim dari alamat ini. Coba lagi dalam {wait}.",
            wait => $"Too many applications were sent from this address. Try again in {wait}.");

    public static ProblemDetails Verification(HttpContext context, TimeSpan retryAfter) =>
        Problem(
            context,
            retryAfter,
            "Terlalu banyak permintaan",
            "Too many requests",
            wait => $"Terlalu banyak permintaan verifikasi dari alamat ini. Coba lagi dalam {wait}.",
            wait => $"Too many verification requests from this address. Try again in {wait}.");

    public static ProblemDetails StudioRuns(HttpContext context, TimeSpan retryAfter) =>
        Problem(
            context,
            retryAfter,
            "Terlalu banyak uji coba berjalan",
            "Too many test runs are running",
            wait => $"Server sedang menjalankan uji coba atau pemeriksaan alur lain. Coba lagi dalam {wait}.",
            wait => $"The server is busy running other test runs or route checks. Try again in {wait}.");

    /// <summary>A wait as people say it: seconds under a minute, otherwise whole minutes rounded up.</summary>
    public static string Wait(TimeSpan retryAfter, bool english)
    {
        var seconds = Seconds(retryAfter);
        if (seconds < 60)
        {
            return english ? $"{seconds} second{(seconds == 1 ? "" : "s")}" : $"{seconds} detik";
        }

        var minutes = (seconds + 59) / 60;
        return english ? $"{minutes} minute{(minutes == 1 ? "" : "s")}" : $"{minutes} menit";
    }

    /// <summary>Sets <c>Retry-After</c> and the 429 status on the response.</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
    }

    private static long Seconds(TimeSpan retryAfter) => Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));

    private static ProblemDetails Problem(
        HttpContext context, TimeSpan retryAfter, string titleId, string titleEn, Func<string, string> detailId, Func<string, string> detailEn)
    {
        ArgumentNullException.ThrowIfNull(context);
        SetRetryAfter(context.Response, retryAfter);
        var english = PrefersEnglish(context.Request);
        return new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = english ? titleEn : titleId,
            Detail = english ? detailEn(Wait(retryAfter, english: true)) : detailId(Wait(retryAfter, english: false)),
            Extensions = { ["retryAfterSeconds"] = Seconds(retryAfter) },
        };
    }

    /// <summary>Whether the caller asked for English (<c>Accept-Language</c>) before Indonesian; Indonesian otherwise.</summary>
    internal static bool PrefersEnglish(HttpRequest request)
    {
        foreach (var language in request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            var value = language.Value.Value ?? "";
            if (value.StartsWith("id", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (value.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
