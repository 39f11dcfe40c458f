namespace Mpp.Workflows.Definitions.Catalog;

/// <summary>Describes one input of an activity type so the designer can generate its property editor.</summary>
/// <param name="Name">camelCase input name as written in JSON.</param>
/// <param name="TypeName">The <c>typeName</c> written for it (<c>String</c>, <c>Int32</c>, <c>Boolean</c>, <c>Object</c>, <c>TimeSpan</c>).</param>
/// <param name="DisplayName">Label in the property panel.</param>
/// <param name="UiHint">Editor kind: <c>SingleLine</c>, <c>MultiLine</c>, <c>Dropdown</c>, <c>Checkbox</c>, <c>Number</c>,
/// <c>OfficePicker</c>, <c>RolePicker</c>, <c>StringList</c>, <c>FormFields</c>, <c>Cases</c>, <c>Code</c>.</param>
/// <param name="Required">Whether the activity is invalid without it.</param>
/// <param name="DefaultSyntax">The expression type the editor writes by default.</param>
/// <param name="Description">Help text.</param>
/// <param name="Options">Fixed choices for a dropdown.</param>
/// <param name="Syntaxes">
/// The expression types the input accepts; null means only <paramref name="DefaultSyntax"/>. An input that accepts
/// <see cref="ExpressionType.Object"/> also accepts a literal JSON value, because the reader turns bare values into literals.
/// </param>
public sealed record InputDescriptor(
    string Name,
    string TypeName,
    string DisplayName,
    string UiHint,
    bool Required,
    ExpressionType DefaultSyntax = ExpressionType.Literal,
    string? Description = null,
    IReadOnlyList<string>? Options = null,
    IReadOnlyList<ExpressionType>? Syntaxes = null)
{
    /// <summary>Whether an expression of <paramref name="type"/> may be written for this input.</summary>
    public bool Accepts(ExpressionType type) =>
        (Syntaxes ?? [DefaultSyntax]).Any(allowed => allowed == type || (allowed == ExpressionType.Object && type == ExpressionType.Literal));
}
