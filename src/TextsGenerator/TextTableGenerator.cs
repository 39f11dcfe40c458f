using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Mpp.Workflows.TextsGenerator;

/// <summary>
/// Compiles every <c>*.texts</c> AdditionalFile of a project into members of the class it names (see
/// <see cref="TextTable"/>). A missing translation or an unreadable line is a compile error at its line, so the tables
/// stay as safe as the C# they replace.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TextTableGenerator : IIncrementalGenerator
{
    private static readonly DiagnosticDescriptor Unreadable = new(
        id: "MPPTEXT01",
        title: "Text table line cannot be read",
        messageFormat: "{0}",
        category: "Mpp.Workflows.Texts",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var tables = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".texts", StringComparison.OrdinalIgnoreCase))
            .Select(static (file, token) => (file.Path, Text: file.GetText(token)));
        context.RegisterSourceOutput(tables, static (output, file) =>
        {
            if (file.Text is null)
            {
                return;
            }

            var lines = new List<string>(file.Text.Lines.Count);
            foreach (var line in file.Text.Lines)
            {
                lines.Add(line.ToString());
            }

            var table = TextTable.Parse(lines);
            foreach (var problem in table.Problems)
            {
                var span = file.Text.Lines[Math.Min(problem.Line, file.Text.Lines.Count - 1)].Span;
                var location = Location.Create(file.Path, span, file.Text.Lines.GetLinePositionSpan(span));
                output.ReportDiagnostic(Diagnostic.Create(Unreadable, location, problem.Message));
            }

            if (table.Problems.Count == 0)
            {
                var name = Path.GetFileName(file.Path);
                output.AddSource(name + ".g.cs", SourceText.From(table.ToSource(name), System.Text.Encoding.UTF8));
            }
        });
    }
}
