using PdfSharp.Drawing;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Pdf;

public sealed partial class PdfDocumentRenderer
{
    public byte[] RenderReceipt(ReceiptContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Render(
            "Tanda Terima " + content.RegistrationNumber,
            "Tanda terima ini diterbitkan oleh sistem dan ditandatangani secara elektronik.",
            flow =>
            {
                DrawTitle(flow, "TANDA TERIMA PERMOHONAN", "Nomor registrasi: " + content.RegistrationNumber);
                flow.Paragraph("Telah diterima permohonan dengan rincian sebagai berikut:", bodyFont, PageGeometry.Left,
                    PageGeometry.ContentWidth);
                flow.Space(6);
                Row(flow, "Nomor registrasi", content.RegistrationNumber);
                Row(flow, "Tanggal Pengajuan", IndonesianDate.FormatDateTime(content.SubmittedAt));
                Row(flow, "Jenis Layanan", content.ServiceName);
                Row(flow, "Nama Pemohon", content.ApplicantName);
                Row(flow, "NIK", content.ApplicantNik);
                Row(flow, "Email", content.ApplicantEmail);
                Row(flow, "Perkiraan Selesai", content.ProvisionalYears.Count == 0
                    ? IndonesianDate.Format(content.ExpectedCompletion)
                    : $"{IndonesianDate.Format(content.ExpectedCompletion)} (sementara: kalender hari libur "
                        + $"{string.Join(", ", content.ProvisionalYears)} belum ditetapkan)");
                flow.Space(10);
                flow.Reserve(PageFlow.LineHeight(boldFont) * 2);
                // Not "yang diserahkan": the list holds what is still to be brought to the counter too, each item marked.
                flow.Paragraph("Persyaratan (diunggah atau dibawa ke loket):", boldFont, PageGeometry.Left,
                    PageGeometry.ContentWidth);
                flow.NumberedList(content.SubmittedRequirements.Count > 0 ? content.SubmittedRequirements : ["-"], bodyFont, 0);
                flow.Space(10);
                flow.Paragraph(
                    "Perkiraan tanggal selesai dihitung dalam hari kerja sejak permohonan diterima. Setelah berkas dinyatakan " +
                    "lengkap, halaman pelacakan menggantinya dengan batas waktu keputusan menurut peraturan, yang dihitung sejak " +
                    "hari itu dan bergeser apabila pemohon diminta melengkapi atau memperbaiki berkas.",
                    smallFont, PageGeometry.Left, PageGeometry.ContentWidth);
                flow.Space(12);
                DrawTracking(flow, content);
            });
    }

    private void DrawTracking(PageFlow flow, ReceiptContent content)
    {
        var qrSize = XUnit.FromMillimeter(25).Point;
        var textLeft = PageGeometry.Left + qrSize + 12;
        var textWidth = PageGeometry.Right - textLeft;
        flow.Reserve(qrSize);
        var top = flow.Y;
        QrCodeImage.Draw(flow.Graphics, content.TrackingUrl, PageGeometry.Left, top, qrSize);
        flow.Paragraph("Pantau status permohonan melalui:", boldFont, textLeft, textWidth);
        flow.Paragraph(content.TrackingUrl, bodyFont, textLeft, textWidth);
        flow.Space(4);
        flow.Paragraph(
            "Kode pelacakan dikirim ke email pemohon dan ditampilkan sekali setelah pengajuan; kode itu tidak dicetak pada "
            + "tanda terima ini dan tidak diketahui petugas.",
            bodyFont, textLeft, textWidth);
        flow.Y = Math.Max(flow.Y, top + qrSize);
    }
}
