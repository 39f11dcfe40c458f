using System.Security.Cryptography;

namespace Mpp.Workflows.Bench;

/// <summary>
/// Secrets a benchmark's engine needs as a host's would (submission derives each applicant's tracking token from one), made
/// fresh per run: nothing the bench files outlives its throwaway database.
/// </summary>
internal static class BenchSecrets
{
    public static string TrackingTokenSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
