using Microsoft.AspNetCore.Localization;

namespace Mpp.Workflows.Designer.Localization;

/// <summary>The languages of the UI: Indonesian by default, English on request (a culture cookie).</summary>
internal static class UiCultures
{
    public const string Indonesian = "id-ID";
    public const string English = "en-US";

    public static string[] Supported { get; } = [Indonesian, English];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The UI culture the visitor chose (the culture cookie), for responses written before request localization runs.</summary>
    public static string FromCookie(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var chosen = request.Cookies[CookieRequestCultureProvider.DefaultCookieName] is { } cookie
            ? CookieRequestCultureProvider.ParseCookieValue(cookie)?.UICultures.FirstOrDefault().Value
            : null;
        return Supported.FirstOrDefault(c => string.Equals(c, chosen, StringComparison.OrdinalIgnoreCase)) ?? Indonesian;
    }
}
