using System.Net;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Verification;

/// <summary>
/// <c>/verify/{number}</c>: the page the QR code on a permit opens. Plain server-rendered HTML in Indonesian, no script, so
/// it works on any phone; every value is HTML-encoded. An unknown number answers 404 with a page saying so.
/// </summary>
internal static class VerificationPage
{
    public static IEndpointRouteBuilder MapVerificationPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/verify/{**permitNumber}", RenderAsync).WithTags("Verification").AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> RenderAsync(
        string? permitNumber, DocumentRegistry registry, IOptions<EngineOptions> engine, CancellationToken cancellationToken)
    {
        var number = VerificationApi.Number(permitNumber);
        var view = number.Length == 0 ? null : await registry.VerifyAsync(number, cancellationToken);
        var zone = TimeZones.Resolve(engine.Value.TimeZone);
        var body = view is null ? NotFound(number) : Found(view, zone);
        return Results.Content(Page(body), "text/html; charset=utf-8", Encoding.UTF8, view is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }

    private static string Found(VerificationView view, TimeZoneInfo zone)
    {
        var html = new StringBuilder();
        html.Append(view.Valid
            ? "<p class=\"status valid\">✔ Dokumen ini SAH dan tercatat diterbitkan oleh sistem kami.</p>"
            : "<p class=\"status revoked\">✖ Dokumen ini telah DICABUT dan tidak berlaku lagi.</p>");
        html.Append("<table>");
        Row(html, "Nomor", view.Number);
        Row(html, "Jenis dokumen", KindName(view.Kind));
        Row(html, "Atas nama", view.Holder);
        Row(html, "Tanggal terbit", IndonesianDate.FormatDateTime(TimeZoneInfo.ConvertTime(view.IssuedAt, zone)));
        Row(html, "Sidik SHA-256", view.Sha256, code: true);
        if (view.Revoked)
        {
            Row(html, "Dicabut pada", view.RevokedAt is { } at ? IndonesianDate.FormatDateTime(TimeZoneInfo.ConvertTime(at, zone)) : "-");
            Row(html, "Alasan pencabutan", view.RevokeReason ?? "-");
        }

        html.Append("</table>");
        html.Append("<p>Untuk memastikan berkas PDF yang Anda pegang adalah dokumen yang sama, bandingkan sidik SHA-256 berkas tersebut ")
            .Append("(misalnya dengan perintah <code>sha256sum</code>) dengan sidik di atas, dan periksa tanda tangan elektronik ")
            .Append("pada berkas dengan pembaca PDF.</p>");
        return html.ToString();
    }

    private static string NotFound(string number) =>
        "<p class=\"status revoked\">Nomor dokumen <strong>" + WebUtility.HtmlEncode(number) + "</strong> tidak ditemukan.</p>" +
        "<p>Periksa kembali nomor yang Anda masukkan atau pindai ulang kode QR pada dokumen. Dokumen yang nomornya tidak " +
        "tercatat di sini bukan dokumen yang diterbitkan oleh sistem kami.</p>";

    private static void Row(StringBuilder html, string label, string value, bool code = false) =>
        html.Append("<tr><th>").Append(WebUtility.HtmlEncode(label)).Append("</th><td>")
            .Append(code ? "<code>" : "").Append(WebUtility.HtmlEncode(value)).Append(code ? "</code>" : "").Append("</td></tr>");

    private static string KindName(string kind) => kind switch
    {
        DocumentKinds.Permit => "Izin",
        DocumentKinds.Rejection => "Surat penolakan",
        DocumentKinds.Receipt => "Tanda terima permohonan",
        _ => kind,
    };

    private static string Page(string body) => string.Create(CultureInfo.InvariantCulture, $$"""
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Verifikasi Dokumen — Mal Pelayanan Publik</title>
        <style>
        body { font-family: Arial, Helvetica, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #222; line-height: 1.5; }
        .status { font-size: 1.2rem; font-weight: bold; padding: .75rem 1rem; border-radius: 4px; }
        .valid { background: #e6f4ea; color: #1e6b34; } .revoked { background: #fce8e6; color: #a50e0e; }
        table { border-collapse: collapse; margin: 1rem 0; width: 100%; } th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
        th { width: 12rem; color: #555; font-weight: normal; } code { word-break: break-all; }
        </style>
        </head>
        <body>
        <h1>Verifikasi Dokumen</h1>
        {{body}}
        </body>
        </html>
        """);
}
