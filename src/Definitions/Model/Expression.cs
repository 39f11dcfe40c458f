namespace Mpp.Workflows.Definitions.Model;

/// <summary>
/// The value side of an activity input.
/// </summary>
/// <example><c>{ "type": "Literal", "value": "DPMPTSP" }</c> or <c>{ "type": "JavaScript", "value": "application.luasLantai &gt; 300" }</c>.</example>
/// <param name="Type">How <paramref name="Value"/> is to be read.</param>
/// <param name="Value">
/// The literal value, the JavaScript source (a string) or the JSON value. Elsa writes <see cref="ExpressionType.Object"/>
/// values as a string holding JSON; the reader parses such strings so <paramref name="Value"/> is always the JSON value itself.
/// </param>
public sealed record Expression(ExpressionType Type, JsonNode? Value)
{
    /// <summary>Creates a literal expression from a plain value.</summary>
    public static Expression Literal(JsonNode? value) => new(ExpressionType.Literal, value);

    /// <summary>Creates a JavaScript expression from its source text.</summary>
    public static Expression JavaScript(string source) => new(ExpressionType.JavaScript, JsonValue.Create(source));

    /// <summary>Creates an object expression from a JSON value.</summary>
    public static Expression Object(JsonNode? value) => new(ExpressionType.Object, value);
}
