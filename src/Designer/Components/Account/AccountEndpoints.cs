using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Mpp.Workflows.Designer.Components.Account;

/// <summary>Sign-out (a form post, antiforgery-checked) and the language switch.</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", async (HttpContext context, [FromForm] string? returnUrl) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.LocalRedirect(LocalUrl(returnUrl));
        }).ExcludeFromDescription();

        app.MapGet("/culture/{name}", (HttpContext context, string name, string? returnUrl) =>
        {
            var culture = UiCultures.Supported.FirstOrDefault(c => c.StartsWith(name, StringComparison.OrdinalIgnoreCase)) ?? UiCultures.Indonesian;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return TypedResults.LocalRedirect(LocalUrl(returnUrl));
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Only paths on this site, so a crafted link cannot bounce a user elsewhere: the framework's own check, the one
    /// <see cref="TypedResults.LocalRedirect"/> enforces (it throws, a 500, on <c>/%09/x</c> and the like that a
    /// hand-written test let through), so anything else goes to the home page. A local path with characters outside
    /// printable ASCII (<c>/é</c>, an ideographic space) is percent-encoded as UTF-8: a <c>Location</c> header holds ASCII
    /// only, and Kestrel throws, a 500, on anything else.
    /// </summary>
    public static string LocalUrl(string? url)
    {
        if (!RedirectHttpResult.IsLocalUrl(url))
        {
            return "/";
        }

        var builder = new StringBuilder(url!.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F)
            {
                builder.Append((char)rune.Value);
                continue;
            }

            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
