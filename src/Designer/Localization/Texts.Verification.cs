namespace Mpp.Workflows.Designer.Localization;

/// <summary>Strings of the public verification page (<c>/verify</c>), which the QR code on a permit or refusal letter opens.</summary>
internal static partial class Texts
{
    public static string VerifyTitle => Pick("Verifikasi Dokumen", "Document verification");
    public static string VerifyIntro => Pick(
        "Periksa keaslian izin atau surat penolakan yang diterbitkan Mal Pelayanan Publik. Pindai kode QR pada dokumen, atau " +
        "ketik nomor dokumen dan kode verifikasi yang tercetak di bawah kode QR.",
        "Check that a permit or refusal letter was issued by the Public Service Mall. Scan the QR code on the document, or type " +
        "the document number and the verification code printed under the QR code.");
    public static string VerifyValid => Pick(
        "✔ Dokumen ini SAH dan tercatat diterbitkan oleh sistem kami.", "✔ This document is VALID and was issued by our system.");
    public static string VerifyRevoked => Pick(
        "✖ Dokumen ini telah DICABUT dan tidak berlaku lagi.", "✖ This document has been REVOKED and is no longer valid.");
    public static string VerifyExpired(string since) => Pick(
        $"✖ KEDALUWARSA: masa berlaku izin ini telah habis. Tidak berlaku lagi sejak {since}.",
        $"✖ EXPIRED: this permit's period of validity has ended. No longer valid since {since}.");
    public static string VerifyValidFrom => Pick("Berlaku mulai", "Valid from");
    public static string VerifyValidUntil => Pick("Berlaku sampai", "Valid until");
    public static string VerifyNumber => Pick("Nomor dokumen", "Document number");
    public static string VerifyCheckCode => Pick("Kode verifikasi", "Verification code");
    public static string VerifyCheckCodeHint => Pick(
        "20 huruf dan angka di bawah kode QR, mis. 7KQ2M-XD9RP-WAHT2-E5NBC.",
        "20 letters and digits under the QR code, e.g. 7KQ2M-XD9RP-WAHT2-E5NBC.");
    public static string VerifyButton => Pick("Periksa", "Check");
    public static string VerifyKind => Pick("Jenis dokumen", "Document type");
    public static string VerifyHolder => Pick("Atas nama", "Holder");
    public static string VerifyIssuedAt => Pick("Tanggal terbit", "Issued on");
    public static string VerifySha256 => Pick("Sidik SHA-256", "SHA-256 fingerprint");
    public static string VerifyRevokedAt => Pick("Dicabut pada", "Revoked on");
    public static string VerifyRevokeReason => Pick("Alasan pencabutan", "Reason for revocation");
    public static string VerifyMasked => Pick(
        "Nama pemegang disamarkan. Masukkan kode verifikasi yang tercetak pada dokumen untuk melihat data lengkap.",
        "The holder's name is masked. Enter the verification code printed on the document to see the full record.");
    public static string VerifyCodeMismatch => Pick(
        "✖ Kode verifikasi tidak cocok dengan nomor dokumen ini: keaslian dokumen yang Anda pegang TIDAK dapat dipastikan. " +
        "Periksa kembali kode yang Anda ketik.",
        "✖ The verification code does not match this document number: the document you hold CANNOT be confirmed as genuine. " +
        "Check the code you typed.");
    public static string VerifyRecorded => Pick(
        "Nomor ini tercatat sebagai dokumen yang diterbitkan sistem kami. Untuk memastikan dokumen yang Anda pegang asli, " +
        "masukkan kode verifikasi yang tercetak di bawah kode QR.",
        "This number is recorded as a document issued by our system. To confirm that the document you hold is genuine, enter " +
        "the verification code printed under the QR code.");
    public static string VerifyHashHint => Pick(
        "Untuk memastikan berkas PDF yang Anda pegang adalah dokumen yang sama, bandingkan sidik SHA-256 berkas tersebut " +
        "(misalnya dengan perintah sha256sum) dengan sidik di atas, dan periksa tanda tangan elektronik pada berkas dengan pembaca PDF.",
        "To make sure the PDF you hold is this document, compare its SHA-256 fingerprint (for example with the sha256sum command) " +
        "with the one above, and check the electronic signature in a PDF reader.");
    public static string VerifyNotFound(string number) => Pick(
        $"Nomor dokumen {number} tidak ditemukan.", $"No document with number {number} was found.");
    public static string VerifyNotFoundHint => Pick(
        "Periksa kembali nomor yang Anda masukkan atau pindai ulang kode QR pada dokumen. Hanya izin dan surat penolakan yang " +
        "dapat diverifikasi di sini; dokumen yang nomornya tidak tercatat bukan dokumen yang diterbitkan oleh sistem kami.",
        "Check the number you typed or scan the QR code on the document again. Only permits and refusal letters can be verified " +
        "here; a document whose number is not recorded was not issued by our system.");
    public static string VerifyTooMany => Pick(
        "Terlalu banyak permintaan verifikasi dari alamat Anda. Silakan coba lagi sebentar lagi.",
        "Too many verification requests from your address. Please try again shortly.");
    public static string VerifyKindPermit => Pick("Izin", "Permit");
    public static string VerifyKindRejection => Pick("Surat penolakan", "Refusal letter");
    public static string OtherLanguage => Pick("English", "Bahasa Indonesia");
}
