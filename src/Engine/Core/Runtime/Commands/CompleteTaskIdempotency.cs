namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The <c>Idempotency-Key</c> of a task decision (<c>complete:{caller}:{key}</c>), its fingerprint the task, outcome, comment
/// and form fields. The decision's transaction stores the application's id under the key; the response (the application as
/// it was right after the decision) is added once it has been read, so a retry after a lost reply gets the same body.
/// </summary>
internal sealed class CompleteTaskIdempotency : CommandIdempotency
{
    private CompleteTaskIdempotency(Actor actor, string key, JsonObject request)
        : base("complete", actor, key, request)
    {
    }

    public static CompleteTaskIdempotency For(Guid taskId, CompleteTaskCommand command, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(command);
        var request = new JsonObject
        {
            ["taskId"] = taskId,
            ["outcome"] = command.Outcome,
            ["comment"] = command.Comment,
            ["fields"] = command.Fields?.DeepClone(),
        };
        return new CompleteTaskIdempotency(actor, command.IdempotencyKey!, request);
    }

    /// <summary>What the decision's transaction stores: the application it changed.</summary>
    public string Write(Guid applicationId) => WriteEntry(new JsonObject { ["applicationId"] = applicationId });

    /// <summary>
    /// What is stored once the response is known. The response is kept as JSON text, not as a JSON value: PostgreSQL's jsonb
    /// reorders the keys of stored objects, and a retry must get the same body.
    /// </summary>
    public string Write(Guid applicationId, ApplicationView response) =>
        WriteEntry(new JsonObject { ["applicationId"] = applicationId, ["response"] = JsonSerializer.Serialize(response, EngineJson.Options) });

    /// <summary>The first decision's application and, once recorded, its response; 422 when the key answered another request.</summary>
    public (Guid ApplicationId, ApplicationView? Response) Read(string stored)
    {
        var result = ReadEntry(stored, "This key was sent before with a different decision. Use a new key for a new decision.");
        var response = (string?)result["response"];
        return (result["applicationId"]!.GetValue<Guid>(), response is null ? null : EngineJson.Deserialize<ApplicationView>(response));
    }
}
