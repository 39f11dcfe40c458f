using System.Text.RegularExpressions;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// What of a citizen's data a studio test run may hold. Saved runs travel with the route (the draft, its copies and every
/// published version), which every analyst reads, so they never hold who an applicant is: fields that name, identify or
/// reach a person (the applicant's identity, NIK, phone, e-mail, names, addresses, birth dates) carry neutral sample values,
/// and a value shaped like a NIK, an e-mail address or a mobile number is not kept in any field. Copying from a real
/// application takes only values the route's logic can branch on (a choice among the form's options, yes/no, a number, a date).
/// </summary>
public static class TestRunPrivacy
{
    /// <summary>The definition's section only the studio reads.</summary>
    public const string Section = "studio";

    /// <summary>The saved runs in <see cref="Section"/>.</summary>
    public const string Runs = "testRuns";

    /// <summary>Largest number copied from an application: longer ones are account, tax or identity numbers, not quantities.</summary>
    public const double MaxCopiedNumber = 9_999_999;

    /// <summary>The largest form data (JSON in UTF-8) a saved run keeps.</summary>
    public const int MaxDataBytes = 64 * 1024;

    /// <summary>The longest <see cref="LooksIdentifying"/> may take on one value (it is linear, so this is only a guard).</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether the field holds who the applicant is (whatever its value): bound to the applicant, of a NIK or phone format,
    /// an e-mail, a birth date, or a text or number named for a name, an address, an identity or licence number or a contact
    /// — whatever options a draft gives it, as a draft's options are the analyst's to write.
    /// </summary>
    public static bool IsPersonal(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var name = field.Name.ToLowerInvariant();
        return field.IsApplicantBound
            || field.EffectiveFormat is not null
            || field.Type == FieldType.Email
            || (field.Type == FieldType.Date && Has(name, "lahir", "birth"))
            || (field.Type is FieldType.String or FieldType.Number
                && (Has(name, "nama", "name", "alamat", "address", "nik", "ktp", "npwp", "telepon", "telp", "ponsel", "phone", "email", "lahir", "rekening", "paspor", "passport")
                    || Words(field.Name).Any(w => w is "str" or "sip" or "nib" or "kk" or "no" or "nomor" or "number" or "rt" or "rw")));
    }

    /// <summary>The words of a camelCase, snake_case or kebab-case name, in lower case.</summary>
    private static IEnumerable<string> Words(string name) =>
        WordBoundary.Split(name).Where(w => w.Length > 0).Select(w => w.ToLowerInvariant());

    /// <summary>
    /// Whether a real application's value of <paramref name="field"/> may be copied into a test run: not personal, not shaped
    /// like an identity, and of a kind a condition branches on — one of the form's options, yes/no, a quantity, a date.
    /// Free text (a place's name, a description) never is: it may say anything about anyone.
    /// </summary>
    public static bool MayCopy(FieldDefinition field, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (value is not JsonValue scalar || IsPersonal(field) || LooksIdentifying(value))
        {
            return false;
        }

        return field switch
        {
            { Choices.Count: > 0 } => scalar.TryGetValue<string>(out var text) && field.Choices.Contains(text, StringComparer.Ordinal),
            { Type: FieldType.Boolean } => scalar.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            { Type: FieldType.Number } => scalar.GetValueKind() == JsonValueKind.Number
                && double.TryParse(scalar.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && Math.Abs(number) <= MaxCopiedNumber,
            { Type: FieldType.Date } => scalar.TryGetValue<string>(out var date)
                && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a value (or anything inside it) is shaped like a NIK, an e-mail address or an Indonesian mobile number. The
    /// pattern runs without backtracking (time linear in the text) and with a time limit: a value it cannot decide in time
    /// counts as identifying, so it is never kept.
    /// </summary>
    public static bool LooksIdentifying(JsonNode? value)
    {
        if (value is null)
        {
            return false;
        }

        try
        {
            return Identifying.IsMatch(value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value.ToJsonString());
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    /// <summary>
    /// Refuses (422) form data larger than <see cref="MaxDataBytes"/> before anything looks into it, so no pattern ever runs
    /// on a value larger than a saved run may hold.
    /// </summary>
    public static void RefuseOversized(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (Encoding.UTF8.GetByteCount(data.ToJsonString()) > MaxDataBytes)
        {
            throw new CommandException(CommandErrorKind.Unprocessable, Texts.TestRunDataTooLarge(MaxDataBytes / 1024));
        }
    }

    /// <summary>
    /// <paramref name="data"/> as a saved run may hold it: each personal field, and each field whose value looks like an
    /// identity, carries the field's neutral sample value; a value outside the form that looks like an identity is left out.
    /// </summary>
    public static JsonObject Sanitise(IReadOnlyList<FieldDefinition> inputs, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(data);
        var fields = inputs.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var clean = new JsonObject();
        foreach (var (key, value) in data)
        {
            if (fields.TryGetValue(key, out var field))
            {
                var sample = SampleOf(field);
                clean[key] = value is not null && (IsPersonal(field) || LooksIdentifying(value)) && !JsonNode.DeepEquals(value, sample)
                    ? sample
                    : value?.DeepClone();
            }
            else if (!LooksIdentifying(value))
            {
                clean[key] = value?.DeepClone();
            }
        }

        return clean;
    }

    /// <summary>
    /// Sanitises (<see cref="Sanitise"/>) the data of every run saved in <paramref name="document"/>'s studio section, in
    /// place; entries that are not objects with data are left as they are (the studio skips them). A run whose data is
    /// larger than <see cref="MaxDataBytes"/> is refused (422) before any of it is looked at.
    /// </summary>
    public static void SanitiseSavedRuns(JsonObject document, IReadOnlyList<FieldDefinition> inputs)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document[Section] is not JsonObject studio || studio[Runs] is not JsonArray runs)
        {
            return;
        }

        foreach (var run in runs.OfType<JsonObject>())
        {
            if (run["data"] is JsonObject data)
            {
                RefuseOversized(data);
                run["data"] = Sanitise(inputs, data);
            }
        }
    }

    /// <summary>The neutral value a personal field carries in a saved run: the same for every run, nobody's.</summary>
    public static JsonNode? SampleOf(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var name = field.Name.ToLowerInvariant();
        if (field.Choices.Count > 0)
        {
            return field.Choices[0];
        }

        return field.Type switch
        {
            FieldType.Email => SampleEmail,
            FieldType.Number => 1,
            FieldType.Boolean => true,
            FieldType.Date => "1990-05-15",
            _ when field.EffectiveFormat == FieldDefinition.Formats.Nik || Has(name, "nik", "ktp") => SampleNik,
            _ when field.EffectiveFormat == FieldDefinition.Formats.Phone || Has(name, "telepon", "telp", "ponsel", "phone") => SamplePhone,
            _ when field.Applicant == FieldDefinition.ApplicantKeys.Email || Has(name, "email") => SampleEmail,
            _ when IsPersonName(field) => SampleName,
            _ when Has(name, "alamat", "address", "lokasi") => SampleAddress,
            _ => $"Contoh {field.DisplayName}",
        };
    }

    /// <summary>A sample NIK (16 digits, of nobody).</summary>
    public const string SampleNik = "3327015505900001";

    public const string SamplePhone = "081234567890";

    public const string SampleEmail = "siti.rahayu@contoh.go.id";

    public const string SampleName = "Siti Rahayu";

    public const string SampleAddress = "Jl. Jenderal Sudirman No. 10, Pemalang, Jawa Tengah";

    private static bool Has(string name, params string[] words) => words.Any(w => name.Contains(w, StringComparison.Ordinal));

    private static readonly Regex WordBoundary = new("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])", RegexOptions.CultureInvariant, MatchTimeout);

    // Lookarounds become "start of text or a non-digit" (the match's position is never used), so the pattern runs on the
    // non-backtracking engine: linear in the text, whatever it holds.
    private static readonly Regex Identifying = new(
        @"(?:^|[^0-9])[0-9]{16}(?:[^0-9]|$)|[^\s@""<>]+@[^\s@""<>]+\.[A-Za-z]{2,}|(?:^|[^0-9])(?:\+62|62|0)8[0-9]{7,11}(?:[^0-9]|$)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking,
        MatchTimeout);

    /// <summary>Whether the field asks for a person's name (the applicant's, an owner's, a doctor's), not a thing's ("nama acara").</summary>
    public static bool IsPersonName(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var name = field.Name.ToLowerInvariant();
        return field.Applicant == FieldDefinition.ApplicantKeys.Name || name is "nama" or "name"
            || (Has(name, "nama", "name") && Has(name, "lengkap", "pemohon", "penyelenggara", "pemilik", "penanggung", "dokter", "bidan", "direktur", "kuasa"));
    }

}
