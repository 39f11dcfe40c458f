using System.Net;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Verification;

/// <summary>
/// <c>/verify/{number}?code=…</c>: the page the QR code on a permit or refusal letter opens, and a form to type the number
/// and check code. Plain server-rendered HTML in Indonesian (English with the language cookie), no script, so it works on
/// any phone; every value is HTML-encoded. Without the right code the holder is masked, as in the API; a receipt's number
/// is "not found" like an unknown one (404).
/// </summary>
internal static class VerificationPage
{
    public static IEndpointRouteBuilder MapVerificationPage(this IEndpointRouteBuilder app, VerificationRateLimit limit)
    {
        app.MapGet("/verify/{**permitNumber}", RenderAsync).WithTags("Verification").AllowAnonymous().ExcludeFromDescription()
            .AddEndpointFilter(limit.PageFilter);
        return app;
    }

    /// <summary>The page around <paramref name="body"/> (HTML), titled <paramref name="heading"/>.</summary>
    internal static string Layout(string heading, string body, string? languageSwitch = null) =>
        string.Create(CultureInfo.InvariantCulture, $$"""
        <!DOCTYPE html>
        <html lang="{{(UiCultures.IsEnglish ? "en" : "id")}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>{{WebUtility.HtmlEncode(heading)}} — {{WebUtility.HtmlEncode(Texts.Brand)}}</title>
        <style>
        *, *::before, *::after { box-sizing: border-box; }
        body { font-family: Arial, Helvetica, sans-serif; max-width: 44rem; margin: 1.5rem auto; padding: 0 1rem; color: #222; line-height: 1.5; }
        h1 { font-size: 1.5rem; } .lang { float: right; font-size: .9rem; }
        .status { font-size: 1.1rem; font-weight: bold; padding: .75rem 1rem; border-radius: 4px; }
        .valid { background: #e6f4ea; color: #1e6b34; } .revoked { background: #fce8e6; color: #a50e0e; }
        .note { background: #fff8e1; padding: .6rem 1rem; border-radius: 4px; }
        table { border-collapse: collapse; margin: 1rem 0; width: 100%; } th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
        th { width: 12rem; color: #555; font-weight: normal; } code { word-break: break-all; } td { overflow-wrap: anywhere; }
        form { margin: 1.5rem 0; } label { display: block; font-weight: bold; margin-top: .8rem; }
        input { width: 100%; font-size: 1rem; padding: .55rem; border: 1px solid #888; border-radius: 4px; }
        input[name=code] { font-family: monospace; letter-spacing: .05em; text-transform: uppercase; }
        .hint { color: #555; font-size: .9rem; margin: .2rem 0 0; }
        button { margin-top: 1rem; font-size: 1rem; padding: .6rem 1.4rem; border: 0; border-radius: 4px; background: #1a56a8; color: #fff; }
        @media (max-width: 30rem) { th, td { display: block; width: auto; border: 0; padding: .1rem 0; } tr { display: block; padding: .4rem 0; border-bottom: 1px solid #ddd; } }
        </style>
        </head>
        <body>
        {{languageSwitch}}
        <h1>{{WebUtility.HtmlEncode(heading)}}</h1>
        {{body}}
        </body>
        </html>
        """);

    private static async Task<IResult> RenderAsync(
        HttpContext context, string? permitNumber, string? number, string? code, DocumentRegistry registry,
        IOptions<EngineOptions> engine, CancellationToken cancellationToken)
    {
        // The form sends ?number=…; the QR link carries the number in the path.
        var typed = VerificationApi.Number(string.IsNullOrEmpty(permitNumber) ? number : permitNumber);
        code = code?.Trim();
        var view = await VerificationApi.FindAsync(registry, typed, code, cancellationToken);
        var zone = TimeZones.Resolve(engine.Value.TimeZone);
        var html = new StringBuilder();
        if (view is not null)
        {
            Found(html, view, zone, codeGiven: !string.IsNullOrEmpty(code));
        }
        else if (typed.Length > 0)
        {
            html.Append("<p class=\"status revoked\">").Append(Encode(Texts.VerifyNotFound(typed))).Append("</p>")
                .Append("<p>").Append(Encode(Texts.VerifyNotFoundHint)).Append("</p>");
        }
        else
        {
            html.Append("<p>").Append(Encode(Texts.VerifyIntro)).Append("</p>");
        }

        if (view is not { CodeVerified: true })
        {
            Form(html, typed, code);
        }

        // The check code rides in the address: keep it out of caches and of any Referer.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        var status = view is null && typed.Length > 0 ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        return Results.Content(Layout(Texts.VerifyTitle, html.ToString(), LanguageSwitch(context)), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static void Found(StringBuilder html, VerificationView view, TimeZoneInfo zone, bool codeGiven)
    {
        // Only the code printed on the paper proves the paper: a genuine number alone, or with a wrong code, is no green light.
        html.Append((view.Valid, view.CodeVerified, codeGiven) switch
        {
            (false, _, _) when view.Status == VerificationView.Statuses.Expired =>
                "<p class=\"status revoked\" data-verdict=\"expired\">" + Encode(Texts.VerifyExpired(Date(view.ValidUntil!.Value.AddDays(1)))) + "</p>",
            (false, _, _) when view.Status == VerificationView.Statuses.NotYetValid =>
                "<p class=\"status note\" data-verdict=\"not-yet-valid\">" + Encode(Texts.VerifyNotYetValid(Date(view.ValidFrom!.Value))) + "</p>",
            (false, _, _) => "<p class=\"status revoked\" data-verdict=\"revoked\">" + Encode(Texts.VerifyRevoked) + "</p>",
            (true, true, _) => "<p class=\"status valid\" data-verdict=\"valid\">" + Encode(Texts.VerifyValid) + "</p>",
            (true, false, true) => "<p class=\"status revoked\" data-verdict=\"mismatch\">" + Encode(Texts.VerifyCodeMismatch) + "</p>",
            (true, false, false) => "<p class=\"status note\" data-verdict=\"recorded\">" + Encode(Texts.VerifyRecorded) + "</p>",
        });

        html.Append("<table>");
        Row(html, Texts.VerifyNumber, view.Number);
        Row(html, Texts.VerifyKind, KindName(view.Kind));
        Row(html, Texts.VerifyHolder, view.Holder);
        Row(html, Texts.VerifyIssuedAt, Instant(view.IssuedAt, zone));
        if (view.ValidFrom is { } from)
        {
            Row(html, Texts.VerifyValidFrom, Date(from));
        }

        if (view.ValidUntil is { } until)
        {
            Row(html, Texts.VerifyValidUntil, Date(until));
        }
        if (view.Sha256 is not null)
        {
            Row(html, Texts.VerifySha256, view.Sha256, code: true);
        }

        if (view.Revoked)
        {
            Row(html, Texts.VerifyRevokedAt, view.RevokedAt is { } at ? Instant(at, zone) : "-");
            if (view.CodeVerified)
            {
                Row(html, Texts.VerifyRevokeReason, view.RevokeReason ?? "-");
            }
        }

        html.Append("</table>");
        html.Append("<p>").Append(Encode(view.CodeVerified ? Texts.VerifyHashHint : Texts.VerifyMasked)).Append("</p>");
    }

    private static void Form(StringBuilder html, string number, string? code) =>
        html.Append("<form method=\"get\" action=\"/verify\">")
            .Append("<label for=\"number\">").Append(Encode(Texts.VerifyNumber)).Append("</label>")
            .Append("<input id=\"number\" name=\"number\" required maxlength=\"100\" autocomplete=\"off\" value=\"").Append(Encode(number)).Append("\">")
            .Append("<label for=\"code\">").Append(Encode(Texts.VerifyCheckCode)).Append("</label>")
            .Append("<input id=\"code\" name=\"code\" maxlength=\"40\" autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\" ")
            .Append("aria-describedby=\"code-hint\" value=\"").Append(Encode(code ?? "")).Append("\">")
            .Append("<p id=\"code-hint\" class=\"hint\">").Append(Encode(Texts.VerifyCheckCodeHint)).Append("</p>")
            .Append("<button type=\"submit\">").Append(Encode(Texts.VerifyButton)).Append("</button>")
            .Append("</form>");

    private static string LanguageSwitch(HttpContext context)
    {
        var target = UiCultures.IsEnglish ? UiCultures.Indonesian : UiCultures.English;
        var back = context.Request.Path.Value + context.Request.QueryString.Value;
        return $"<a class=\"lang\" href=\"/culture/{target}?returnUrl={Uri.EscapeDataString(back)}\">{Encode(Texts.OtherLanguage)}</a>";
    }

    private static string Instant(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return UiCultures.IsEnglish
            ? local.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " (UTC" + local.ToString("zzz", CultureInfo.InvariantCulture) + ")"
            : IndonesianDate.FormatDateTime(local);
    }

    private static string Date(DateOnly date) =>
        UiCultures.IsEnglish ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : IndonesianDate.Format(date);

    private static void Row(StringBuilder html, string label, string value, bool code = false) =>
        html.Append("<tr><th>").Append(Encode(label)).Append("</th><td>")
            .Append(code ? "<code>" : "").Append(Encode(value)).Append(code ? "</code>" : "").Append("</td></tr>");

    private static string KindName(string kind) => kind switch
    {
        DocumentKinds.Permit => Texts.VerifyKindPermit,
        DocumentKinds.Rejection => Texts.VerifyKindRejection,
        _ => kind,
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
