using Microsoft.AspNetCore.Authorization;

namespace Mpp.Workflows.Designer.Observability;

/// <summary>Reading <c>/metrics</c>: an admin (cookie or bearer token), or Prometheus with the configured scrape token.</summary>
internal sealed class MetricsReaderRequirement : IAuthorizationRequirement;
