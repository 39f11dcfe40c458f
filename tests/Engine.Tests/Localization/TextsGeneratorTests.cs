using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Mpp.Workflows.Testing;
using Mpp.Workflows.TextsGenerator;

namespace Mpp.Workflows.Engine.Tests.Localization;

/// <summary>
/// The generator that compiles the bilingual <c>*.texts</c> tables: a table becomes members that pick the page's
/// language, and every unreadable line is a compile error at that line rather than a text missing at run time.
/// </summary>
public sealed class TextsGeneratorTests
{
    private const string Header = "namespace Sample\nclass Words\n";

    private const string Picker = """
        namespace Sample;
        static partial class Words
        {
            public static bool English { get; set; }
            private static string Pick(string indonesian, string english) => English ? english : indonesian;
        }
        """;

    [Fact]
    public void Table_CompilesIntoPropertiesAndMethodsThatPickTheLanguage()
    {
        var table = Header + """

            # a comment
            Brand
              id: Mal Pelayanan Publik
              en: Public Service Mall

            WorkingDays(int days)
              id: {days} hari kerja {{libur tidak dihitung}}
              en: {days} working days {{holidays not counted}}

            Quoted
              id: menu \"Lacak\"
              en: the \"Track\" menu
            """;

        var (diagnostics, assembly) = Compile(table);

        Assert.Empty(diagnostics);
        var words = assembly!.GetType("Sample.Words")!;
        var english = words.GetProperty("English")!;
        string Brand() => (string)words.GetProperty("Brand")!.GetValue(null)!;
        string Days(int n) => (string)words.GetMethod("WorkingDays")!.Invoke(null, [n])!;
        string Quoted() => (string)words.GetProperty("Quoted")!.GetValue(null)!;

        english.SetValue(null, false);
        Assert.Equal(("Mal Pelayanan Publik", "5 hari kerja {libur tidak dihitung}", "menu \"Lacak\""), (Brand(), Days(5), Quoted()));
        english.SetValue(null, true);
        Assert.Equal(("Public Service Mall", "5 working days {holidays not counted}", "the \"Track\" menu"), (Brand(), Days(5), Quoted()));
    }

    [Theory]
    [InlineData("Brand\n  id: Mal\n", 2, "'Brand' has no English text")]
    [InlineData("Brand\n  en: Mall\n", 2, "'Brand' has no Indonesian text")]
    [InlineData("Brand\n  id: Mal\n  en: Mall\n  en: Mall again\n", 5, "'Brand' has two English texts")]
    [InlineData("Brand\n  id: menu \"Lacak\"\n  en: Mall\n", 3, "has a quote without a backslash")]
    [InlineData("Brand\n  de: Einkaufszentrum\n", 3, "starts with 'id:' or 'en:'")]
    [InlineData("Brand of the mall\n  id: Mal\n  en: Mall\n", 2, "neither a directive nor an entry name")]
    [InlineData("  id: Mal\n", 2, "belongs under an entry name")]
    public void UnreadableLine_IsACompileErrorAtThatLine(string entries, int line, string message)
    {
        var (diagnostics, assembly) = Compile(Header + entries);

        // A refused line may leave its entry incomplete too (a second error); the first names the line and the fault.
        var error = diagnostics[0];
        Assert.All(diagnostics, d => Assert.Equal(("MPPTEXT01", DiagnosticSeverity.Error), (d.Id, d.Severity)));
        Assert.Contains(message, error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(line, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Null(assembly);
    }

    [Fact]
    public void TableWithoutItsClass_IsRefused()
    {
        var (diagnostics, _) = Compile("Brand\n  id: Mal\n  en: Mall\n");

        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("'namespace' and 'class'", StringComparison.Ordinal));
    }

    [Fact]
    public void ProductTables_ReadWithoutAnError()
    {
        var tables = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "*.texts", SearchOption.AllDirectories);
        Assert.NotEmpty(tables);
        foreach (var path in tables)
        {
            var (diagnostics, _) = Compile(File.ReadAllText(path), withPicker: false);
            Assert.True(diagnostics.All(d => d.Id != "MPPTEXT01"), $"{path}: {string.Join("; ", diagnostics.Select(d => d.ToString()))}");
        }
    }

    /// <summary>Runs the generator over <paramref name="table"/> and compiles the result with <see cref="Picker"/>.</summary>
    private static (IReadOnlyList<Diagnostic> Diagnostics, Assembly? Assembly) Compile(string table, bool withPicker = true)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Generated" + Guid.NewGuid().ToString("N"),
            withPicker ? [CSharpSyntaxTree.ParseText(Picker)] : [],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create(
            generators: [new TextTableGenerator().AsSourceGenerator()],
            additionalTexts: [new TableText("/repo/Sample.texts", table)]);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        if (generatorDiagnostics.Length > 0 || !withPicker)
        {
            return (generatorDiagnostics, null);
        }

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (errors, emitted.Success ? Assembly.Load(image.ToArray()) : null);
    }

    private sealed class TableText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
