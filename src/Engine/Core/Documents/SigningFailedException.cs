namespace Mpp.Workflows.Engine.Documents;

/// <summary>Why a signature could not be made; the command refusing the decision says so in words (never a raw code).</summary>
public enum SigningFailure
{
    /// <summary>The passphrase does not open the official's certificate (BSrE code 2031).</summary>
    WrongPassphrase,

    /// <summary>No certificate is registered for the NIK (BSrE code 2011, "user tidak terdaftar").</summary>
    CertificateNotRegistered,

    /// <summary>The official's certificate has expired.</summary>
    CertificateExpired,

    /// <summary>The official's certificate was revoked.</summary>
    CertificateRevoked,

    /// <summary>The signing service could not be reached, timed out or answered with a server error.</summary>
    ServiceUnavailable,

    /// <summary>The service refused for another reason (its message is kept, its code shown only to administrators' logs).</summary>
    Refused,

    /// <summary>The step needs the official's passphrase and none was given, or the account has no NIK configured.</summary>
    CredentialsMissing,
}

/// <summary>
/// A signature was not made. <see cref="Exception.Message"/> holds the service's code and message, never the passphrase
/// (the adapter scrubs it from whatever the service answered).
/// </summary>
public sealed class SigningFailedException : Exception
{
    public SigningFailedException(SigningFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public SigningFailedException()
        : this(SigningFailure.Refused, "The signature was refused.")
    {
    }

    public SigningFailedException(string message)
        : this(SigningFailure.Refused, message)
    {
    }

    public SigningFailedException(string message, Exception innerException)
        : this(SigningFailure.Refused, message, innerException)
    {
    }

    public SigningFailure Failure { get; }
}
