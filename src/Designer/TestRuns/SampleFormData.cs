using Mpp.Workflows.Designer.Definitions;
namespace Mpp.Workflows.Designer.TestRuns;

/// <summary>
/// Plausible Indonesian values for a route's form, to start a test run from: a name, a 16-digit NIK, an address in the
/// regency, the first option of a list, a floor area. The same form always gives the same values, so runs can be compared.
/// File fields are left out (a test run opens no uploads).
/// </summary>
public static class SampleFormData
{
    public static JsonObject For(IReadOnlyList<FieldDefinition> inputs, DateOnly filed)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var data = new JsonObject();
        foreach (var field in inputs.Where(f => f.Type != FieldType.File))
        {
            data[field.Name] = ValueOf(field, filed);
        }

        return data;
    }

    private static JsonNode? ValueOf(FieldDefinition field, DateOnly filed)
    {
        var name = field.Name.ToLowerInvariant();
        if (field.Options is { Count: > 0 } options)
        {
            return options[0];
        }

        return field.Type switch
        {
            FieldType.Number => name.Contains("luas", StringComparison.Ordinal) ? 120
                : Has(name, "peserta", "pengunjung", "orang", "tamu", "penonton") ? 250
                : name.Contains("jumlah", StringComparison.Ordinal) ? 2
                : 1,
            FieldType.Boolean => true,
            FieldType.Date => filed.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            FieldType.Email => "siti.rahayu@contoh.go.id",
            _ => Text(field, name),
        };
    }

    private static string Text(FieldDefinition field, string name) => field.EffectiveFormat switch
    {
        FieldDefinition.Formats.Nik => "3327015505900001",
        FieldDefinition.Formats.Phone => "081234567890",
        // An event's own fields read as an event, not as the applicant or a clinic.
        _ when Has(name, "acara", "kegiatan", "keramaian") && Has(name, "tempat", "lokasi") => "Alun-alun Pemalang",
        _ when Has(name, "acara", "kegiatan", "keramaian") => "Pentas seni dan bazar UMKM",
        _ when Has(name, "tempat", "usaha", "perusahaan") => "Klinik Sehat Sentosa",
        _ when TestRunPrivacy.IsPersonName(field) => "Siti Rahayu",
        _ when Has(name, "alamat", "lokasi") => "Jl. Jenderal Sudirman No. 10, Pemalang, Jawa Tengah",
        _ when Has(name, "jadwal") => "Senin–Jumat, 08.00–14.00",
        _ when Has(name, "ukuran") => "4 x 6 m",
        _ when Has(name, "nomor", "persil") => "NO-2026-0001",
        _ => $"Contoh {field.DisplayName}",
    };

    private static bool Has(string name, params string[] words) => words.Any(w => name.Contains(w, StringComparison.Ordinal));
}
