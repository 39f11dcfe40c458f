namespace Mpp.Workflows.Designer.Cli;

/// <summary>A backup or restore that cannot go on, with the sentence the operator reads; the command exits with 1.</summary>
internal sealed class BackupException(string message) : Exception(message);
