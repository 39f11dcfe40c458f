namespace Mpp.Workflows.Engine.Runtime;

/// <summary>A field the person completing a task fills in.</summary>
public sealed record FormFieldView(string Name, string Type, string DisplayName, bool Required, IReadOnlyList<string>? Options = null);
