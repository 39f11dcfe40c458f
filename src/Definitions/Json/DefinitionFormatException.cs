namespace Mpp.Workflows.Definitions.Json;

/// <summary>
/// A definition document that is not JSON, or whose JSON does not have the shape of a definition (a string where an object
/// belongs, an expression type the engine does not know, a schema version newer than this code).
/// </summary>
/// <example><c>$.root.activities[2].office.expression.type: Expression type 'Liquid' is not supported; use Literal, JavaScript or Object.</c></example>
public sealed class DefinitionFormatException : Exception
{
    public DefinitionFormatException()
        : this("$", "The definition is not valid.")
    {
    }

    public DefinitionFormatException(string message)
        : this("$", message)
    {
    }

    public DefinitionFormatException(string message, Exception innerException)
        : this("$", message, innerException)
    {
    }

    public DefinitionFormatException(string path, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>JSON path of the offending value, e.g. <c>$.root.connections[4].source</c>; <c>$</c> for the document.</summary>
    public string Path { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Reason { get; }
}
