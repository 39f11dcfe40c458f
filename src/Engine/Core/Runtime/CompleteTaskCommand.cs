namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A decision on a task: one of its outcomes, a comment, and the task form's fields; at a step that signs the permit through
/// the signing service (<see cref="Documents.SigningOptions.SignsAtDecision"/>), the official's certificate
/// <paramref name="Passphrase"/>, which is used for that signature only.
/// </summary>
public sealed record CompleteTaskCommand(
    string Outcome, string? Comment, JsonObject? Fields, string? IdempotencyKey = null, SigningPassphrase? Passphrase = null);
