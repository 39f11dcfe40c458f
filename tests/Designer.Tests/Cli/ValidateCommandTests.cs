using Mpp.Workflows.Designer.Cli;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    /// <summary>
    /// <code>start ─Done─▶ verify [DINKES Reviewer] ─Setuju─▶ permit ─Done─▶ approved;  ─Tolak─▶ rejected</code>
    /// </summary>
    private const string ValidRoute = """
        { "id": "uji-v1", "definitionId": "uji", "name": "Uji",
          "root": { "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "start", "type": "Elsa.Start" },
              { "id": "verify", "type": "Mpp.HumanTask", "office": "DINKES", "role": "Reviewer", "outcomes": ["Setuju", "Tolak"] },
              { "id": "approved", "type": "Elsa.End", "result": "Approved" },
              { "id": "rejected", "type": "Elsa.End", "result": "Rejected" },
              { "id": "permit", "type": "Mpp.IssueDocument", "kind": "Permit" } ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "verify" } },
              { "source": { "activity": "verify", "port": "Setuju" }, "target": { "activity": "permit" } },
              { "source": { "activity": "permit", "port": "Done" }, "target": { "activity": "approved" } },
              { "source": { "activity": "verify", "port": "Tolak" }, "target": { "activity": "rejected" } } ] } }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("mpp-validate-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string[] Lines) Run(params string[] paths)
    {
        using var output = new StringWriter();
        var code = ValidateCommand.Run(paths, output);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Run_ValidFile_PrintsOkAndReturns0()
    {
        var file = Write("uji.json", ValidRoute);

        var (code, lines) = Run(file);

        Assert.Equal(0, code);
        Assert.Equal([$"{file}: OK"], lines);
    }

    [Fact]
    public void Run_InvalidFile_PrintsEachProblemWithItsPathAndReturns1()
    {
        var file = Write("uji.json", ValidRoute.Replace("\"Rejected\"", "\"Ditolak\"", StringComparison.Ordinal).Replace("\"name\": \"Uji\"", "\"name\": \"\"", StringComparison.Ordinal));

        var (code, lines) = Run(file);

        Assert.Equal(1, code);
        Assert.Equal([$"{file}: $.name: ", $"{file}: $.root.activities[3].result: "], lines.Select(l => l[..(l.IndexOf(": ", file.Length + 2, StringComparison.Ordinal) + 2)]));
    }

    [Fact]
    public void Run_MalformedJson_GivesOneLineWithThePath()
    {
        var file = Write("rusak.json", """{ "root": { "activities": [ { "id": "start", ] } }""");

        var (code, lines) = Run(file);

        Assert.Equal(1, code);
        Assert.StartsWith($"{file}: $.root.activities[0]", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFile_Returns2AndStillChecksTheOthers()
    {
        var file = Write("uji.json", ValidRoute);
        var missing = Path.Combine(_directory, "tidak-ada.json");

        var (code, lines) = Run(missing, file);

        Assert.Equal(2, code);
        Assert.Equal([$"{missing}: file not found", $"{file}: OK"], lines);
    }

    [Fact]
    public void Run_Glob_SkipsOfficesCalendarsAndTemplates()
    {
        Write("a.json", ValidRoute);
        Write("b.json", ValidRoute);
        Write("offices.json", """{ "offices": [ { "code": "DINKES" } ] }""");
        Write("calendars/2026.json", "{}");
        Write("templates/permit.json", "{}");
        Write("notes.md", "# not json");

        var (code, lines) = Run(Path.Combine(_directory, "**", "*.json"));

        Assert.Equal(0, code);
        Assert.Equal([$"{Path.Combine(_directory, "a.json")}: OK", $"{Path.Combine(_directory, "b.json")}: OK"], lines);
    }

    [Fact]
    public void Run_GlobWithoutMatches_Returns2()
    {
        var pattern = Path.Combine(_directory, "*.json");

        var (code, lines) = Run(pattern);

        Assert.Equal(2, code);
        Assert.Equal([$"{pattern}: no definition files match"], lines);
    }

    [Fact]
    public void Run_OfficesJsonBesideTheFile_ChecksOfficeCodes()
    {
        var file = Write("uji.json", ValidRoute);
        Write("offices.json", """{ "offices": [ { "code": "DPMPTSP", "name": "DPMPTSP" }, { "code": "PUPR" } ] }""");

        var (code, lines) = Run(file);

        Assert.Equal(1, code);
        Assert.StartsWith($"{file}: $.root.activities[1].office: Unknown office 'DINKES'", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnreadableOfficesJson_IsReportedAndOfficesAreNotChecked()
    {
        var file = Write("uji.json", ValidRoute);
        var offices = Write("offices.json", "{ \"offices\": [ ");

        var (code, lines) = Run(file);

        Assert.Equal(1, code);
        Assert.StartsWith($"{offices}: cannot read the office list", lines[0], StringComparison.Ordinal);
        Assert.Equal($"{file}: OK", lines[1]);
    }

    [Fact]
    public void Run_TheRegencysRoutes_AreValid()
    {
        var (code, lines) = Run(Path.Combine(RepoPaths.Workflows, "*.json"));

        Assert.True(code == 0, string.Join(Environment.NewLine, lines));
        Assert.NotEmpty(lines);
    }

    [Fact]
    public void Run_ShellExpandedGlob_SkipsTheOfficeListGivenByName()
    {
        var paths = Directory.GetFiles(RepoPaths.Workflows, "*.json").Order(StringComparer.Ordinal).ToArray();

        var (code, lines) = Run(paths);

        Assert.True(code == 0, string.Join(Environment.NewLine, lines));
        Assert.Contains(lines, l => l.EndsWith("offices.json: skipped (office list, not a route)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("sip-dokter.json: OK", StringComparison.Ordinal));
    }
}
