namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// What an official gives to sign in person through a signing service: the NIK the certificate was issued to and the
/// certificate's passphrase. The passphrase lives only as long as the request: it is never stored, logged, audited or put
/// in an exception's text, and <see cref="ToString"/> does not show it (so a record or a log line holding this cannot leak it).
/// </summary>
public sealed class SigningCredentials
{
    public SigningCredentials(string nik, string passphrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nik);
        ArgumentException.ThrowIfNullOrEmpty(passphrase);
        Nik = nik;
        Passphrase = passphrase;
    }

    /// <summary>The official's NIK (16 digits), as registered with the certificate authority.</summary>
    public string Nik { get; }

    /// <summary>The certificate's passphrase, sent to the signing service and nowhere else.</summary>
    public string Passphrase { get; }

    /// <summary>Names the NIK's last four digits only; never the passphrase.</summary>
    public override string ToString() => $"SigningCredentials(NIK …{(Nik.Length > 4 ? Nik[^4..] : Nik)}, passphrase hidden)";
}
