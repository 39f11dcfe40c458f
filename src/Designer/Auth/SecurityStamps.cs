using System.Security.Cryptography;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>New values for <see cref="Engine.Persistence.UserRecord.SecurityStamp"/>: random, so no old session can match one.</summary>
internal static class SecurityStamps
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
