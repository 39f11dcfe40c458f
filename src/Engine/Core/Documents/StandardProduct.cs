namespace Mpp.Workflows.Engine.Documents;

/// <summary>A document a route issues: its kind (<see cref="DocumentKinds"/>) and, for a permit, its title when the route states one.</summary>
public sealed record StandardProduct(string Kind, string? Title);
