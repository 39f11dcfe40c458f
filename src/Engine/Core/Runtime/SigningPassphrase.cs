namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// An official's certificate passphrase as a command carries it: a wrapper whose <see cref="ToString"/> hides it, so a
/// command printed (a record's <c>ToString</c>, a log line, an exception) never shows it.
/// </summary>
public sealed class SigningPassphrase
{
    public SigningPassphrase(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Value = value;
    }

    /// <summary>The passphrase itself, read only to build the signing request.</summary>
    public string Value { get; }

    /// <summary>A blank or missing passphrase is none.</summary>
    public static SigningPassphrase? From(string? typed) => string.IsNullOrEmpty(typed) ? null : new SigningPassphrase(typed);

    public override string ToString() => "(hidden)";
}
