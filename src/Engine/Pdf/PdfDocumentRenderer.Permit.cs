using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Pdf;

public sealed partial class PdfDocumentRenderer
{
    public byte[] RenderPermit(PermitContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Render(
            content.Title + " " + content.PermitNumber,
            content.IsDraft
                ? "DRAF untuk diperiksa sebelum ditandatangani; bukan izin yang sah."
                : "Dokumen ini ditandatangani secara elektronik. Keaslian dan status izin dapat diperiksa melalui " +
                  content.VerificationUrl,
            flow =>
            {
                DrawTitle(flow, content.Title, "Nomor: " + content.PermitNumber);
                if (content.LegalBasis.Count > 0)
                {
                    flow.Reserve(PageFlow.LineHeight(boldFont) * 2);
                    flow.Paragraph("Dasar:", boldFont, PageGeometry.Left, PageGeometry.ContentWidth);
                    flow.NumberedList(content.LegalBasis, smallFont, 0);
                    flow.Space(10);
                }

                flow.Paragraph(content.GrantStatement, bodyFont, PageGeometry.Left, PageGeometry.ContentWidth);
                flow.Space(6);
                Row(flow, "Nama", content.HolderName);
                Row(flow, "NIK", content.HolderNik);
                foreach (var field in content.Fields)
                {
                    Row(flow, field.Label, field.Value);
                }

                Row(flow, "Nomor registrasi", content.RegistrationNumber);
                flow.Space(10);
                var validity = content.ValidUntil is { } until
                    ? $"Izin ini berlaku sejak tanggal {IndonesianDate.Format(content.ValidFrom)} sampai dengan tanggal " +
                      $"{IndonesianDate.Format(until)}."
                    : $"Izin ini berlaku sejak tanggal {IndonesianDate.Format(content.ValidFrom)}.";
                if (!string.IsNullOrWhiteSpace(content.ValidityNote))
                {
                    validity += " " + content.ValidityNote;
                }

                flow.Paragraph(validity, bodyFont, PageGeometry.Left, PageGeometry.ContentWidth);
                flow.Space(18);
                DrawSignatureBlock(
                    flow,
                    ["Ditetapkan di " + content.Place, "pada tanggal " + IndonesianDate.Format(content.Date)],
                    content.Signer,
                    content.IsDraft ? null : content.VerificationUrl,
                    content.IsDraft ? null : content.CheckCode);
            },
            content.IsDraft ? "DRAF" : null);
    }
}
