namespace Mpp.Workflows.Designer.Tasks;

/// <summary>
/// Body of <c>POST /api/tasks/{id}/complete</c>: one of the task's outcomes, a comment, the task form's fields, and, at a step
/// that signs the permit through the signing service (<c>Signing:Mode = Remote</c>), the official's certificate
/// <paramref name="Passphrase"/> (optional everywhere else; never stored or logged).
/// </summary>
internal sealed record CompleteTaskRequest(string? Outcome, string? Comment, JsonObject? Fields, string? Passphrase = null)
{
    /// <summary>Hides the passphrase from anything that prints the request.</summary>
    public override string ToString() => $"CompleteTaskRequest {{ Outcome = {Outcome}, Passphrase = {(Passphrase is null ? "none" : "(hidden)")} }}";
}
