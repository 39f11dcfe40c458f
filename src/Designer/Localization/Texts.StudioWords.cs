namespace Mpp.Workflows.Designer.Localization;

/// <summary>The studio's words for what the catalog and the JSON write as codes: expression kinds, unknown steps.</summary>
internal static partial class Texts
{
    /// <summary>How a setting's value is written: as it stands, as a JavaScript formula, or as structured data.</summary>
    public static string Syntax(string syntax) => syntax switch
    {
        "Literal" => Pick("Teks tetap", "Fixed text"),
        "JavaScript" => Pick("Rumus (JavaScript)", "Formula (JavaScript)"),
        "Object" => Pick("Data terstruktur", "Structured data"),
        _ => Glossary.Words(syntax),
    };

    public static string Import => Pick("Impor", "Import");

    /// <summary>The label of a step whose type the product does not have (e.g. from an Elsa Studio export).</summary>
    public static string UnknownStep(string type) => Pick($"Tahap tidak dikenal ({type})", $"Unknown step ({type})");

    public static string UnknownStepHelp => Pick(
        "Tahap ini berasal dari alat lain dan tidak dapat dijalankan produk ini. Isiannya disimpan apa adanya; ganti dengan tahap dari palet atau hapus sebelum menerbitkan.",
        "This step comes from another tool and this product cannot run it. Its settings are kept as they are; replace it with a step from the palette or delete it before publishing.");

    public static string UnknownStepSettings => Pick("Isian yang disimpan", "Kept settings");

    public static string JsonUnreadable => Pick("Teks ini bukan JSON yang dapat dibaca; periksa tanda kurung dan koma.", "This text is not readable JSON; check its brackets and commas.");
}
