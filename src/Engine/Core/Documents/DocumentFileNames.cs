namespace Mpp.Workflows.Engine.Documents;

/// <summary>File names of issued PDFs, for mail attachments and downloads.</summary>
public static class DocumentFileNames
{
    /// <summary>e.g. <c>izin-503-0042-SIP-DPMPTSP-2026.pdf</c> for permit <c>503/0042/SIP/DPMPTSP/2026</c>.</summary>
    public static string For(string kind, string number)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(number);
        var stem = kind switch
        {
            DocumentKinds.Permit => "izin",
            DocumentKinds.Rejection => "surat-penolakan",
            DocumentKinds.Receipt => "tanda-terima",
            _ => kind.ToLowerInvariant(),
        };
        return $"{stem}-{new string([.. number.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')])}.pdf";
    }
}
