using PdfSharp.Drawing;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Pdf;

public sealed partial class PdfDocumentRenderer
{
    public byte[] RenderRejection(RejectionContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Render(
            "Surat Penolakan " + content.LetterNumber,
            "Surat ini diterbitkan secara elektronik oleh " + letterhead.OfficeName + "." +
            (content.VerificationUrl is null ? "" : " Keaslian surat dapat diperiksa melalui " + content.VerificationUrl),
            flow =>
            {
                flow.Paragraph($"{content.Place}, {IndonesianDate.Format(content.Date)}", bodyFont, PageGeometry.Left,
                    PageGeometry.ContentWidth, XStringAlignment.Far);
                flow.Space(6);
                var labelWidth = XUnit.FromMillimeter(22).Point;
                flow.LabeledRow("Nomor", content.LetterNumber, bodyFont, bodyFont, labelWidth);
                flow.LabeledRow("Lampiran", "-", bodyFont, bodyFont, labelWidth);
                flow.LabeledRow("Perihal", "Penolakan Permohonan " + content.ServiceName, bodyFont, boldFont, labelWidth);
                flow.Space(12);
                flow.Paragraph("Yth. Sdr/Sdri. " + content.ApplicantName, bodyFont, PageGeometry.Left, PageGeometry.ContentWidth);
                flow.Paragraph("di tempat", bodyFont, PageGeometry.Left, PageGeometry.ContentWidth);
                flow.Space(12);
                flow.Paragraph(
                    $"Berdasarkan hasil pemeriksaan atas permohonan {content.ServiceName} dengan nomor pendaftaran " +
                    $"{content.RegistrationNumber}, dengan ini kami sampaikan bahwa permohonan Saudara tidak dapat " +
                    "disetujui dengan alasan sebagai berikut:",
                    bodyFont, PageGeometry.Left, PageGeometry.ContentWidth);
                flow.Space(4);
                flow.NumberedList(content.Reasons.Count > 0 ? content.Reasons : ["-"], bodyFont, 12);
                flow.Space(8);
                flow.Paragraph(
                    "Saudara dapat mengajukan permohonan kembali setelah memenuhi ketentuan yang dipersyaratkan. " +
                    "Demikian untuk menjadi perhatian.",
                    bodyFont, PageGeometry.Left, PageGeometry.ContentWidth);
                flow.Space(18);
                DrawSignatureBlock(flow, [], content.Signer, content.VerificationUrl, content.CheckCode);
            });
    }
}
