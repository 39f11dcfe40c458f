namespace Mpp.Workflows.Definitions.Model;

/// <summary>
/// A field of the application form (the definition's top-level <c>inputs</c>) or of a task's <c>form</c>.
/// </summary>
/// <example>
/// <c>{ "name": "profesi", "type": "String", "displayName": "Profesi", "uiHint": "Dropdown", "required": true,
/// "options": ["Dokter", "Bidan"] }</c>
/// </example>
/// <param name="Name">The key of the value in the submitted data (camelCase).</param>
/// <param name="Type">The value's type; submitted data is validated against it.</param>
/// <param name="DisplayName">The label shown to people (Indonesian).</param>
/// <param name="Description">Help text, may be empty.</param>
/// <param name="UiHint">How the form renders it: <c>SingleLine</c>, <c>MultiLine</c>, <c>Dropdown</c>, <c>Checkbox</c>, <c>DatePicker</c>, <c>FilePicker</c>.</param>
/// <param name="Required">Whether a value must be present.</param>
/// <param name="Options">The allowed values of a choice field; empty for free input.</param>
/// <param name="MaxLength">
/// The most characters a text value may have (<c>maxLength</c>); when absent, <see cref="MultiLineMaxLength"/> for
/// <c>MultiLine</c> fields and <see cref="SingleLineMaxLength"/> for every other.
/// </param>
/// <param name="Applicant">
/// The applicant identity the field repeats (<c>applicant</c>: <c>name</c>, <c>email</c>, <c>phone</c> or <c>nik</c>, see
/// <see cref="ApplicantKeys"/>): the application form does not ask for it again, the engine fills it from the applicant at
/// submission. Application form only; null for a field of its own.
/// </param>
/// <param name="Format">
/// A rule on a text value beyond its type (<c>format</c>): <c>nik</c> (exactly 16 digits) or <c>phone</c> (a telephone
/// number), see <see cref="Formats"/>. A field bound to the applicant's NIK or phone has that format without saying so.
/// </param>
/// <param name="MinLength">The fewest characters a text value may have (<c>minLength</c>, blanks around it not counted); null for no minimum.</param>
public sealed record FieldDefinition(
    string Name,
    FieldType Type,
    string DisplayName,
    string? Description = null,
    string? UiHint = null,
    bool Required = false,
    IReadOnlyList<string>? Options = null,
    int? MaxLength = null,
    string? Applicant = null,
    string? Format = null,
    int? MinLength = null)
{
    /// <summary>The applicant identity values a field may be bound to (<see cref="Applicant"/>).</summary>
    public static class ApplicantKeys
    {
        public const string Name = "name";
        public const string Email = "email";
        public const string Phone = "phone";
        public const string Nik = "nik";

        public static readonly IReadOnlyList<string> All = [Name, Email, Phone, Nik];
    }

    /// <summary>The text formats a field may declare (<see cref="Format"/>).</summary>
    public static class Formats
    {
        /// <summary>The national identity number: exactly 16 digits.</summary>
        public const string Nik = "nik";

        /// <summary>A telephone number: digits with an optional leading +, spaces, dots, dashes and brackets, 8 to 15 digits.</summary>
        public const string Phone = "phone";

        public static readonly IReadOnlyList<string> All = [Nik, Phone];
    }

    /// <summary>Whether the field repeats the applicant's identity and is filled from it.</summary>
    public bool IsApplicantBound => Applicant is not null;

    /// <summary>The format that applies: <see cref="Format"/>, or the one implied by the applicant identity it is bound to.</summary>
    public string? EffectiveFormat => Format ?? Applicant switch
    {
        ApplicantKeys.Nik => Formats.Nik,
        ApplicantKeys.Phone => Formats.Phone,
        _ => null,
    };

    /// <summary>The default limit of a single-line value: names, numbers, short texts.</summary>
    public const int SingleLineMaxLength = 200;

    /// <summary>The default limit of a <c>MultiLine</c> value: addresses, schedules, descriptions.</summary>
    public const int MultiLineMaxLength = 1000;

    /// <summary>The allowed values, never null.</summary>
    public IReadOnlyList<string> Choices => Options ?? [];

    /// <summary>Whether the form shows a text area: only such values may hold line breaks and tabs.</summary>
    public bool IsMultiLine => Type == FieldType.String && string.Equals(UiHint, "MultiLine", StringComparison.OrdinalIgnoreCase);

    /// <summary>The limit that applies: <see cref="MaxLength"/> or the default for the field's kind.</summary>
    public int EffectiveMaxLength => MaxLength ?? (IsMultiLine ? MultiLineMaxLength : SingleLineMaxLength);
}
