using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// What an <c>Idempotency-Key</c> on a command stands for: the caller's key, scoped to the command and the caller
/// (<c>{command}:{caller}:{key}</c>), and a fingerprint of the request. A retry of the same request within
/// <see cref="EngineOptions.IdempotencyKeyLifetime"/> gets the first result; the same key with another request is refused
/// (422) and hands out nothing of the first. Keys stored before the fingerprint existed never match it.
/// </summary>
internal abstract class CommandIdempotency
{
    /// <summary>The longest key a caller may send.</summary>
    public const int MaxKeyLength = 200;

    protected CommandIdempotency(string command, Actor caller, string key, JsonObject request)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Key = $"{command}:{caller.Name}:{key}";
        Fingerprint = DocumentHash.Sha256Hex(Encoding.UTF8.GetBytes(request.ToJsonString()));
    }

    /// <summary>The stored key.</summary>
    public string Key { get; }

    public string Fingerprint { get; }

    /// <summary>A caller's key that is too long for the store: 400.</summary>
    public static void Validate(string? key)
    {
        if (key is { Length: > MaxKeyLength })
        {
            throw CommandErrors.Invalid("Idempotency-Key too long", new() { ["Idempotency-Key"] = [$"At most {MaxKeyLength} characters."] });
        }
    }

    /// <summary>What to store: the fingerprint and <paramref name="result"/>.</summary>
    protected string WriteEntry(JsonNode result) => new JsonObject { ["fingerprint"] = Fingerprint, ["result"] = result }.ToJsonString();

    /// <summary>The stored result, or 422 (naming what <paramref name="detail"/> says) when it answered a different request.</summary>
    protected JsonObject ReadEntry(string stored, string detail)
    {
        var entry = JsonNode.Parse(stored)!.AsObject();
        if ((string?)entry["fingerprint"] != Fingerprint)
        {
            throw new CommandException(CommandErrorKind.Unprocessable, "Idempotency-Key already used for another request", detail);
        }

        return entry["result"]!.AsObject();
    }

    /// <summary>
    /// What to store of a result that carries the caller's secret token: all of it but <paramref name="tokenProperty"/>, so the
    /// store never holds the token and a retry gets it derived again (<see cref="ReadWithToken{TResult}"/>).
    /// </summary>
    protected string WriteWithoutToken<TResult>(TResult result, string tokenProperty)
    {
        var stored = JsonSerializer.SerializeToNode(result, EngineJson.Options)!.AsObject();
        stored.Remove(tokenProperty);
        return WriteEntry(stored);
    }

    /// <summary>The stored result with its token put back by <paramref name="restoreToken"/>, or 422 as <see cref="ReadEntry"/>.</summary>
    protected TResult ReadWithToken<TResult>(string stored, string detail, Action<JsonObject> restoreToken)
    {
        ArgumentNullException.ThrowIfNull(restoreToken);
        var result = ReadEntry(stored, detail);
        restoreToken(result);
        return result.Deserialize<TResult>(EngineJson.Options)!;
    }
}
