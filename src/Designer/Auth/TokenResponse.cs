namespace Mpp.Workflows.Designer.Auth;

/// <summary>A bearer token for <c>Authorization: Bearer …</c> and who it belongs to.</summary>
internal sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, UserInfo User);
