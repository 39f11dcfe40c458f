using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// A self-signed signing certificate for development and the embedded default, so permits are signed out of the
/// box. Readers will show the signature as intact but the signer as untrusted; production configures a PKCS#12
/// from a recognised provider (BSrE) instead.
/// </summary>
public static class DevelopmentCertificate
{
    public const string FileName = "signing-dev.pfx";
    public const string PasswordFileName = "signing-dev.pfx.password";

    private const string EmailProtectionOid = "1.3.6.1.5.5.7.3.4";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Loads <c>signing-dev.pfx</c> from <paramref name="dataDirectory"/>, creating it first (RSA 2048, CN = office,
    /// O = regency, 10 years) with a random password in <c>signing-dev.pfx.password</c> beside it. Several hosts
    /// starting together on one data directory create it once.
    /// </summary>
    public static X509Certificate2 EnsureCreated(string dataDirectory, Letterhead? letterhead = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var pfxPath = Path.Combine(dataDirectory, FileName);
        var passwordPath = Path.Combine(dataDirectory, PasswordFileName);
        if (!File.Exists(pfxPath))
        {
            using var creationLock = AcquireLock(Path.Combine(dataDirectory, FileName + ".lock"));
            if (!File.Exists(pfxPath))
            {
                Create(pfxPath, passwordPath, letterhead ?? new Letterhead());
            }
        }

        if (!File.Exists(passwordPath))
        {
            throw new InvalidOperationException(
                $"'{pfxPath}' exists but its password file '{passwordPath}' does not; delete the certificate to recreate it.");
        }

        return X509CertificateLoader.LoadPkcs12FromFile(pfxPath, File.ReadAllText(passwordPath).Trim());
    }

    private static void Create(string pfxPath, string passwordPath, Letterhead letterhead)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("ID");
        name.AddOrganizationName(letterhead.RegencyName);
        name.AddCommonName(letterhead.OfficeName);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(
            new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(EmailProtectionOid)], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(10));
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

        // The password lands before the certificate, so a reader that sees the .pfx always finds its password.
        WritePrivateFile(passwordPath, System.Text.Encoding.UTF8.GetBytes(password));
        var temporary = pfxPath + ".tmp";
        WritePrivateFile(temporary, certificate.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password));
        File.Move(temporary, pfxPath, overwrite: true);
    }

    private static void WritePrivateFile(string path, byte[] content)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(content);
    }

    /// <summary>
    /// An exclusive open is a cross-process lock on every platform .NET runs on. The lock file stays behind: deleting
    /// it on close would let a waiting process lock an unlinked file while a newcomer locks a fresh one.
    /// </summary>
    private static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }
}
