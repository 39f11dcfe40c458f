namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// The kinds of form field an analyst picks from, each one field type with the way the form shows it (<c>type</c> and
/// <c>uiHint</c> of the JSON format).
/// </summary>
public static class FieldKinds
{
    /// <summary>The kinds in the order the studio lists them: (key, type, uiHint).</summary>
    public static readonly IReadOnlyList<(string Key, FieldType Type, string UiHint)> All =
    [
        ("text", FieldType.String, "SingleLine"),
        ("longText", FieldType.String, "MultiLine"),
        ("choice", FieldType.String, "Dropdown"),
        ("number", FieldType.Number, "SingleLine"),
        ("yesNo", FieldType.Boolean, "Checkbox"),
        ("date", FieldType.Date, "DatePicker"),
        ("email", FieldType.Email, "SingleLine"),
        ("file", FieldType.File, "FilePicker"),
    ];

    /// <summary>The kind of a field as written: its UI hint decides among kinds of the same type; unknown ones read as text.</summary>
    public static string Of(string? type, string? uiHint)
    {
        var typed = All.Where(k => string.Equals(k.Type.ToString(), type ?? nameof(FieldType.String), StringComparison.OrdinalIgnoreCase)).ToList();
        return (typed.FirstOrDefault(k => string.Equals(k.UiHint, uiHint, StringComparison.OrdinalIgnoreCase)) is { Key: not null } match
            ? match
            : typed.FirstOrDefault(All[0])).Key;
    }

    /// <summary>Whether values of the kind are text a length or format applies to.</summary>
    public static bool IsText(string kind) => kind is "text" or "longText";
}
