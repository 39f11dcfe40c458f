using System.Security.Cryptography;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// PBKDF2-HMAC-SHA256 password hashes stored as <c>pbkdf2$&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt;</c> (Base64). The iteration
/// count travels with the hash, so hashes made with fewer iterations (100,000 before OWASP's 600,000) still verify and are
/// replaced at the account's next sign-in (<see cref="PasswordCheck.ValidButWeak"/>).
/// </summary>
internal sealed class PasswordHasher
{
    private const string Scheme = "pbkdf2";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private readonly Lazy<string> _decoy;

    public PasswordHasher(IOptions<StaffAuthOptions> options, IHostEnvironment environment, ILogger<PasswordHasher> logger)
    {
        var configured = options.Value.PasswordIterations;
        Iterations = configured >= StaffAuthOptions.RecommendedIterations || (environment.IsDevelopment() && configured > 0)
            ? configured
            : StaffAuthOptions.RecommendedIterations;
        if (Iterations != configured)
        {
            logger.LogWarning(
                "Auth:PasswordIterations {Configured} ignored outside Development; passwords are hashed with {Iterations} iterations",
                configured, Iterations);
        }

        _decoy = new Lazy<string>(() => Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));
    }

    /// <summary>Iterations of every new hash.</summary>
    public int Iterations { get; }

    /// <summary>A hash of a random password: verifying against it costs as much as a real check, so unknown users take as long.</summary>
    public string Decoy => _decoy.Value;

    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    public PasswordCheck Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split('$');
        if (parts.Length != 4
            || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations)
            || iterations <= 0)
        {
            return PasswordCheck.Wrong;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return !CryptographicOperations.FixedTimeEquals(actual, expected) ? PasswordCheck.Wrong
                : iterations < Iterations ? PasswordCheck.ValidButWeak
                : PasswordCheck.Valid;
        }
        catch (FormatException)
        {
            return PasswordCheck.Wrong;
        }
    }
}
