using Bunit;
using Mpp.Workflows.Designer.Components.Shared;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>
/// A file field of the apply and tracking forms says the system's rule on types and size once, as its own sentence, apart
/// from the field's own help (once the two were glued: "PDF, JPG atau PNG PDF, JPEG atau PNG, paling besar 5 MB.").
/// </summary>
public sealed class FileFieldTests : BunitContext
{
    private const long FiveMegabytes = 5 * 1024 * 1024;

    public FileFieldTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");

    [Fact]
    public void HelpThatOnlyNamesTheTypes_IsLeftOut_TheRuleIsSaidOnce()
    {
        var field = Render<FileField>(p => p.Add(x => x.Name, "data.str").Add(x => x.Label, "Pindaian STR")
            .Add(x => x.MaxBytes, FiveMegabytes).Add(x => x.Description, "PDF, JPG atau PNG"));

        var hint = field.Find("#f-data-str-hint");
        Assert.Empty(hint.QuerySelectorAll(".field-help"));
        Assert.Equal("PDF, JPEG atau PNG, paling besar 5 MB.", hint.QuerySelector(".file-rule")!.TextContent);
        Assert.Equal("PDF, JPEG atau PNG, paling besar 5 MB.", Words(hint.TextContent));
    }

    [Fact]
    public void TheFieldsOwnHelp_IsASentenceOfItsOwn_BeforeTheRule()
    {
        var field = Render<FileField>(p => p.Add(x => x.Name, "data.str").Add(x => x.Label, "Pindaian STR")
            .Add(x => x.MaxBytes, FiveMegabytes).Add(x => x.Description, "STR yang masih berlaku, dipindai berwarna"));

        var hint = field.Find("#f-data-str-hint");
        Assert.Equal("STR yang masih berlaku, dipindai berwarna.", hint.QuerySelector(".field-help")!.TextContent);
        Assert.Equal("STR yang masih berlaku, dipindai berwarna. PDF, JPEG atau PNG, paling besar 5 MB.", Words(hint.TextContent));
        Assert.Equal("f-data-str-hint", field.Find("input").GetAttribute("aria-describedby"));
    }

    [Theory]
    [InlineData("PDF, JPG atau PNG", null)]
    [InlineData("pdf/jpeg/png.", null)]
    [InlineData("  ", null)]
    [InlineData("Berkas PDF hasil pindaian STR", "Berkas PDF hasil pindaian STR.")]
    [InlineData("Foto terbaru!", "Foto terbaru!")]
    public void Help_AsASentence(string? description, string? expected) => Assert.Equal(expected, FileHelp.Sentence(description));

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
