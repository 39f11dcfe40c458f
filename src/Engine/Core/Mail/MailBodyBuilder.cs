using System.Net;

namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// Writes one mail as plain text and HTML side by side, so both say the same thing. Every piece of text that enters
/// is treated as data and HTML-escaped here: templates never build markup themselves, which is what keeps an
/// applicant's name or an officer's reason from becoming markup.
/// </summary>
internal sealed class MailBodyBuilder
{
    private const string Footer = "Surel ini dikirim otomatis oleh sistem Mal Pelayanan Publik. Mohon tidak membalas surel ini.";

    private readonly StringBuilder text = new();
    private readonly StringBuilder html = new();

    public MailBodyBuilder Paragraph(string content)
    {
        text.Append(content).Append("\n\n");
        html.Append("<p style=\"margin:0 0 16px\">").Append(Escape(content)).Append("</p>\n");
        return this;
    }

    public MailBodyBuilder Facts(params ReadOnlySpan<(string Label, string Value)> rows)
    {
        html.Append("<table style=\"border-collapse:collapse;margin:0 0 16px\">\n");
        foreach (var (label, value) in rows)
        {
            text.Append(label).Append(": ").Append(value).Append('\n');
            html.Append("<tr><td style=\"padding:2px 16px 2px 0;color:#555\">").Append(Escape(label))
                .Append("</td><td style=\"padding:2px 0;font-weight:bold\">").Append(Escape(value)).Append("</td></tr>\n");
        }

        text.Append('\n');
        html.Append("</table>\n");
        return this;
    }

    public MailBodyBuilder NumberedList(IReadOnlyList<string> items)
    {
        html.Append("<ol style=\"margin:0 0 16px\">\n");
        for (var i = 0; i < items.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. ").Append(items[i]).Append('\n');
            html.Append("<li>").Append(Escape(items[i])).Append("</li>\n");
        }

        text.Append('\n');
        html.Append("</ol>\n");
        return this;
    }

    /// <summary>The invitation to the satisfaction survey (PermenPANRB 14/2017) after a decision; nothing without a link.</summary>
    public MailBodyBuilder SurveyInvitation(string? url) =>
        url is null
            ? this
            : Paragraph("Bantu kami memperbaiki layanan: isi survei kepuasan masyarakat (sembilan pertanyaan singkat, sekali per "
                + "permohonan). Jawaban Anda tidak dikaitkan dengan nama atau nomor permohonan Anda.")
                .Link("Isi survei kepuasan", url);

    /// <summary>A link with the address also written out, for mail clients that show no links.</summary>
    public MailBodyBuilder Link(string label, string url)
    {
        var checkedUrl = WebLink(url);
        text.Append(label).Append(":\n").Append(checkedUrl).Append("\n\n");
        html.Append("<p style=\"margin:0 0 16px\"><a href=\"").Append(Escape(checkedUrl))
            .Append("\" style=\"display:inline-block;padding:10px 18px;background:#0b5394;color:#ffffff;")
            .Append("text-decoration:none;border-radius:4px\">").Append(Escape(label)).Append("</a><br>")
            .Append("<span style=\"font-size:12px;color:#555\">").Append(Escape(checkedUrl)).Append("</span></p>\n");
        return this;
    }

    public MailContent Build(string subject)
    {
        var flatSubject = SingleLine(subject);
        var textBody = text.ToString() + "--\n" + Footer + "\n";
        var htmlBody = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"id\">\n<head><meta charset=\"utf-8\"><title>").Append(Escape(flatSubject))
            .Append("</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222\">\n")
            .Append(html)
            .Append("<hr style=\"border:none;border-top:1px solid #ddd\">\n<p style=\"font-size:12px;color:#777\">").Append(Escape(Footer))
            .Append("</p>\n</body>\n</html>\n")
            .ToString();
        return new MailContent(flatSubject, textBody, htmlBody);
    }

    private static string Escape(string value) => WebUtility.HtmlEncode(value);

    // Subjects are one header line: a line break inside a value must not start a new header or fold oddly.
    private static string SingleLine(string value) =>
        string.Join(' ', new string([.. value.Select(c => char.IsControl(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // Escaping keeps a URL inside its attribute; only http(s) keeps a "javascript:" link out of the mail.
    private static string WebLink(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : throw new ArgumentException($"'{url}' is not an absolute http(s) URL.", nameof(url));
    }
}
