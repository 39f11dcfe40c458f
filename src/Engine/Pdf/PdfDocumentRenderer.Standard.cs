using PdfSharp.Drawing;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Pdf;

public sealed partial class PdfDocumentRenderer : IServiceStandardRenderer
{
    private const string Free = "Tidak dipungut biaya";

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public byte[] RenderStandard(ServiceStandardContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Render(
            $"Standar Pelayanan {content.ServiceName} (versi {content.Version})",
            content.SupersededAt is null
                ? "Standar pelayanan ini disusun oleh sistem dari alur layanan yang berjalan dan ditandatangani secara elektronik."
                : $"Standar pelayanan ini disusun oleh sistem dari alur layanan versi {content.Version}, yang tidak berlaku lagi, dan ditandatangani secara elektronik.",
            flow =>
            {
                DrawTitle(flow, "STANDAR PELAYANAN", content.ServiceName);
                flow.Paragraph(
                    $"Versi {content.Version}, berlaku sejak {IndonesianDate.Format(DateOnly.FromDateTime(content.PublishedAt.Date))}"
                    + (content.SupersededAt is { } until
                        ? $" sampai {IndonesianDate.Format(DateOnly.FromDateTime(until.Date))}; tidak berlaku lagi"
                        : "")
                    + (content.ServiceCode is { } code ? $" — kode layanan {code}" : ""),
                    smallFont, PageGeometry.Left, PageGeometry.ContentWidth, XStringAlignment.Center);
                flow.Space(8);
                if (content.Description is { Length: > 0 } description)
                {
                    flow.Paragraph(description, bodyFont, PageGeometry.Left, PageGeometry.ContentWidth);
                }

                Section(flow, "1. Dasar Hukum");
                flow.NumberedList(content.LegalBasis.Count > 0 ? content.LegalBasis : ["-"], bodyFont, 0);

                Section(flow, "2. Persyaratan");
                flow.NumberedList(content.Requirements.Count > 0 ? [.. content.Requirements.Select(RequirementLine)] : ["-"], bodyFont, 0);
                if (content.FormFields.Count > 0)
                {
                    flow.Space(4);
                    flow.Paragraph("Data yang diisi pada formulir: " + string.Join(", ", content.FormFields) + ".", bodyFont,
                        PageGeometry.Left, PageGeometry.ContentWidth);
                }

                Section(flow, "3. Sistem, Mekanisme dan Prosedur", DiagramSize(content.Diagram).Height);
                DrawDiagram(flow, content.Diagram);
                flow.Space(6);
                flow.NumberedList([.. content.Steps.Select(StepLine)], bodyFont, 0);

                Section(flow, "4. Jangka Waktu Penyelesaian");
                flow.Paragraph(
                    $"{content.PromisedDays} hari kerja sejak permohonan diajukan, di luar waktu pemohon memperbaiki berkas.",
                    bodyFont, PageGeometry.Left, PageGeometry.ContentWidth);
                if (content.StatutoryDays is { } statutory)
                {
                    flow.Paragraph(
                        $"Batas waktu keputusan menurut peraturan: {statutory} hari kerja, dihitung sejak hari berkas dinyatakan lengkap "
                        + "(bukan sejak permohonan diajukan); termasuk dalam waktu penyelesaian di atas"
                        + (content.DeemedApproval ? ". Bila terlewati, permohonan dianggap dikabulkan (fiktif positif)." : "."),
                        bodyFont, PageGeometry.Left, PageGeometry.ContentWidth);
                }

                Section(flow, "5. Biaya/Tarif");
                flow.Paragraph(FeeLine(content.Fee), bodyFont, PageGeometry.Left, PageGeometry.ContentWidth);

                Section(flow, "6. Produk Pelayanan");
                flow.NumberedList(content.Products.Count > 0 ? [.. content.Products.Select(p => ProductLine(p, content.PermitValidityYears))] : ["-"],
                    bodyFont, 0);

                Section(flow, "7. Penanganan Pengaduan, Saran dan Masukan");
                flow.NumberedList([.. content.ComplaintChannels.Select(ChannelLine)], bodyFont, 0);
            });
    }

    /// <summary>A numbered heading, moved to the next page with the first <paramref name="keepWith"/> points of what follows it.</summary>
    private void Section(PageFlow flow, string heading, double keepWith = 0)
    {
        flow.Space(10);
        flow.Reserve((PageFlow.LineHeight(boldFont) * 3) + keepWith);
        flow.Paragraph(heading, boldFont, PageGeometry.Left, PageGeometry.ContentWidth);
        flow.Space(2);
    }

    private static string RequirementLine(StandardRequirement requirement) =>
        requirement.Name + (requirement.UploadField is { } field
            ? $" (diunggah pada isian «{field}»)"
            : requirement.Bring is { } bring ? $" (dibawa ke loket: {bring})" : " (dibawa ke loket)");

    private static string StepLine(StandardStep step) =>
        step.Name + " — " + (step.Office ?? "otomatis oleh sistem")
        + (step.Days is { } days ? $", {days} hari kerja" : "")
        + (step.Parallel ? " (bersamaan dengan langkah cabang lain)" : "");

    /// <summary>The fee as the standard prints it: free, a fixed amount in rupiah, or assessed per application.</summary>
    internal static string FeeLine(FeeInfo? fee) => fee switch
    {
        null => Free,
        { Amount: 0 } => fee.Note is { Length: > 0 } note && !string.Equals(note.Trim(), Free, StringComparison.OrdinalIgnoreCase)
            ? $"{Free} ({note})"
            : Free,
        { Amount: { } amount } => string.Create(Indonesian, $"{fee.Currency} {amount:N0}") + (fee.Note is { Length: > 0 } note ? $" — {note}" : ""),
        _ => "Ditetapkan per permohonan" + (fee.Note is { Length: > 0 } note ? $": {note}" : ""),
    };

    private static string ProductLine(StandardProduct product, int? validityYears) => product.Kind switch
    {
        DocumentKinds.Permit => (product.Title ?? "Surat izin") + " bertanda tangan elektronik"
            + (validityYears is > 0 ? $", berlaku {validityYears} tahun" : ""),
        DocumentKinds.Rejection => "Surat penolakan bertanda tangan elektronik, bila permohonan ditolak",
        DocumentKinds.Receipt => "Tanda terima permohonan",
        _ => product.Title ?? product.Kind,
    };

    private static string ChannelLine(StandardChannel channel) => channel.Kind switch
    {
        StandardChannel.Kinds.ComplaintPage => "Laman pengaduan MPP: " + channel.Address,
        StandardChannel.Kinds.Lapor => "SP4N-LAPOR!: " + channel.Address,
        StandardChannel.Kinds.Phone => "Telepon: " + channel.Address,
        StandardChannel.Kinds.Email => "Surel: " + channel.Address,
        StandardChannel.Kinds.Address => "Datang langsung: " + channel.Address,
        _ => channel.Address,
    };

    private static (double Width, double Height, double Scale) DiagramSize(StandardDiagram diagram)
    {
        if (diagram.Nodes.Count == 0)
        {
            return (0, 0, 1);
        }

        var maxHeight = (PageGeometry.ContentBottom - PageGeometry.Top) * 0.75;
        var scale = Math.Min(PageGeometry.ContentWidth / diagram.Width, maxHeight / diagram.Height);
        return (diagram.Width * scale, diagram.Height * scale, scale);
    }

    /// <summary>The route scaled to the content width (and to at most most of a page), on a page of its own when it does not fit.</summary>
    private void DrawDiagram(PageFlow flow, StandardDiagram diagram)
    {
        if (diagram.Nodes.Count == 0)
        {
            return;
        }

        var (width, height, scale) = DiagramSize(diagram);
        flow.Reserve(height);
        StandardDiagramDrawing.Draw(flow.Graphics, diagram, PageGeometry.Left + ((PageGeometry.ContentWidth - width) / 2), flow.Y, scale);
        flow.Y += height;
    }
}
