namespace Mpp.Workflows.Designer.Auth;

/// <summary>Body of <c>POST /api/auth/token</c>.</summary>
internal sealed record TokenRequest(string? Username, string? Password);
