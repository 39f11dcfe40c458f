namespace Mpp.Workflows.Engine.Runtime;

/// <summary>A file to migrate and the revision it had when its preview was shown.</summary>
public sealed record MigrationFile(Guid Id, int Revision);
