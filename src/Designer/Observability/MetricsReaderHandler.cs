using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;

namespace Mpp.Workflows.Designer.Observability;

/// <summary>
/// Grants <see cref="MetricsReaderRequirement"/> to admins and to a request carrying <see cref="MonitoringOptions.ScrapeToken"/>
/// as its bearer token (compared in constant time). Anything else fails: 401 when not signed in, 403 for other staff.
/// </summary>
internal sealed class MetricsReaderHandler(IOptions<MonitoringOptions> options) : AuthorizationHandler<MetricsReaderRequirement>
{
    private const string BearerPrefix = "Bearer ";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MetricsReaderRequirement requirement)
    {
        if (context.User.IsInRole(StaffRoles.Admin) || CarriesScrapeToken(context.Resource as HttpContext))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private bool CarriesScrapeToken(HttpContext? http)
    {
        var expected = options.Value.ScrapeToken;
        var header = http?.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(expected) || header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Hashes of equal length, so the comparison takes the same time whatever was sent.
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(header[BearerPrefix.Length..].Trim())), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
