namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// The remote signing service (<c>Signing:Remote:*</c>), shaped like BSrE's esign client service: its address, the client
/// account BSrE issues to the regency (HTTP basic authentication), the NIK of each official who signs, and the signature's
/// appearance. Checked at start-up when <see cref="SigningOptions.Mode"/> is <c>Remote</c> (<see cref="Validate"/>).
/// </summary>
public sealed class RemoteSigningOptions
{
    /// <summary>The esign client service, e.g. <c>https://esign.pemalangkab.go.id</c> (requests go to <c>{BaseUrl}/api/sign/pdf</c>).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The client account's user name (basic authentication).</summary>
    public string? Username { get; set; }

    /// <summary>The client account's password (basic authentication); from a secret store or environment variable.</summary>
    public string? Password { get; set; }

    /// <summary>The NIK each signing official is registered under, by staff user name, e.g. <c>dpmptsp.signer</c> → 16 digits.</summary>
    public Dictionary<string, string> Officials { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <c>Invisible</c> (the default: the permit already prints the signatory and the QR code) or <c>Visible</c>, a stamp at
    /// <see cref="Page"/>, <see cref="X"/>, <see cref="Y"/>, <see cref="Width"/>, <see cref="Height"/> (points from the bottom
    /// left), with the QR link to the document's verification page.
    /// </summary>
    public string Appearance { get; set; } = "Invisible";

    /// <summary>Page of a visible stamp, 1 for the first; 0 for the last page.</summary>
    public int Page { get; set; }

    public int X { get; set; } = 360;

    public int Y { get; set; } = 90;

    public int Width { get; set; } = 180;

    public int Height { get; set; } = 70;

    /// <summary>How long a signature may take before the decision fails as "service unavailable" (the official tries again).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether a visible stamp was asked for.</summary>
    public bool IsVisible => string.Equals(Appearance, "Visible", StringComparison.OrdinalIgnoreCase);

    /// <summary>The NIK configured for <paramref name="userName"/>, or null.</summary>
    public string? NikOf(string userName) => Officials.TryGetValue(userName, out var nik) ? nik : null;

    /// <summary>What is wrong with these settings, as sentences for an administrator; empty when they can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add("Signing:Remote:BaseUrl must be the signing service's absolute http(s) address.");
        }

        if (string.IsNullOrWhiteSpace(Username) || string.IsNullOrEmpty(Password))
        {
            errors.Add("Signing:Remote:Username and Signing:Remote:Password (the client account BSrE issued) are required.");
        }

        if (Officials.Count == 0)
        {
            errors.Add("Signing:Remote:Officials must name at least one signing official: Signing:Remote:Officials:<user name> = <NIK>.");
        }

        foreach (var (user, nik) in Officials)
        {
            if (nik is not { Length: 16 } || !nik.All(char.IsAsciiDigit))
            {
                errors.Add($"Signing:Remote:Officials:{user} must be a NIK of exactly 16 digits.");
            }
        }

        if (!string.Equals(Appearance, "Visible", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(Appearance, "Invisible", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("Signing:Remote:Appearance must be Visible or Invisible.");
        }

        if (Page < 0 || X < 0 || Y < 0 || Width <= 0 || Height <= 0)
        {
            errors.Add("Signing:Remote:Page, X and Y must not be negative and Width and Height must be positive.");
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(5))
        {
            errors.Add("Signing:Remote:Timeout must be more than zero and at most five minutes.");
        }

        return errors;
    }
}
