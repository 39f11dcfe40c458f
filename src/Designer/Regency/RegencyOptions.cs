namespace Mpp.Workflows.Designer.Regency;

/// <summary>
/// Who runs this public service mall, from configuration section <c>Regency</c>: the name in every page's header and
/// title, the crest beside it and the browser's favicon. The shipped defaults are Pemalang's name and a placeholder crest
/// drawn for this product (not the official coat of arms): a deployment sets its own files.
/// </summary>
public sealed class RegencyOptions
{
    public const string SectionName = "Regency";

    /// <summary>The regency's name as people read it, e.g. <c>Kabupaten Pemalang</c>.</summary>
    public string Name { get; set; } = "Kabupaten Pemalang";

    /// <summary>An SVG or PNG crest shown in the header (<c>/regency/crest</c>); unset: the shipped placeholder.</summary>
    public string? CrestPath { get; set; }

    /// <summary>An ICO file served at <c>/favicon.ico</c>; unset: the shipped one.</summary>
    public string? FaviconPath { get; set; }
}
