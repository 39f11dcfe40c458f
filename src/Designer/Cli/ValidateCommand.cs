using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;
using Mpp.Workflows.Definitions;

namespace Mpp.Workflows.Designer.Cli;

/// <summary>
/// <c>validate</c>: checks definition files the way publishing would, for analysts and CI. Prints <c>path: OK</c> or one
/// line per problem (<c>pbg.json: $.root.activities[3].outcomes: …</c>). An <c>offices.json</c> beside a file supplies
/// the office codes its tasks may use.
/// </summary>
/// <example><c>dotnet run --project src/Designer -- validate 'workflows/*.json'</c></example>
public static class ValidateCommand
{
    public const int AllValid = 0;
    public const int SomeInvalid = 1;
    public const int FileMissing = 2;

    private const string OfficesFile = "offices.json";

    /// <summary>Validates each file (a path containing <c>*</c> is expanded); returns 0 when all are valid, 1 otherwise, 2 when a file is missing.</summary>
    public static int Run(IReadOnlyList<string> paths, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        var result = AllValid;
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!path.Contains('*', StringComparison.Ordinal))
            {
                files.Add(path);
                continue;
            }

            var matches = Expand(path);
            if (matches.Count == 0)
            {
                output.WriteLine($"{path}: no definition files match");
                result = FileMissing;
            }

            files.AddRange(matches);
        }

        var officesByDirectory = new Dictionary<string, IReadOnlySet<string>?>(StringComparer.Ordinal);
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            if (!File.Exists(file))
            {
                output.WriteLine($"{file}: file not found");
                result = FileMissing;
                continue;
            }

            // The shell expands `workflows/*.json` before we see it, so the office list arrives as an explicit path.
            if (string.Equals(Path.GetFileName(file), OfficesFile, StringComparison.OrdinalIgnoreCase))
            {
                output.WriteLine($"{file}: skipped (office list, not a route)");
                continue;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
            if (!officesByDirectory.TryGetValue(directory, out var offices))
            {
                offices = officesByDirectory[directory] = ReadOffices(directory, output, ref result);
            }

            var errors = DefinitionValidator.ValidateJson(File.ReadAllText(file), offices);
            if (errors.Count == 0)
            {
                output.WriteLine($"{file}: OK");
                continue;
            }

            foreach (var error in errors)
            {
                output.WriteLine($"{file}: {error.Path}: {error.Message}");
            }

            result = Math.Max(result, SomeInvalid);
        }

        return result;
    }

    /// <summary>
    /// Expands a pattern such as <c>workflows/*.json</c> or <c>workflows/**/*.json</c>. The directory part before the first
    /// wildcard is the base; files beside the routes that are not definitions (the office list, holiday calendars,
    /// document templates) are skipped so that a plain <c>*.json</c> checks only routes.
    /// </summary>
    private static List<string> Expand(string pattern)
    {
        var segments = pattern.Split('/', '\\');
        var wildcardAt = Array.FindIndex(segments, segment => segment.Contains('*', StringComparison.Ordinal));
        var baseDirectory = wildcardAt == 0 ? "." : string.Join('/', segments[..wildcardAt]);
        if (baseDirectory.Length == 0)
        {
            baseDirectory = "/";
        }

        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[wildcardAt..]));
        matcher.AddExclude($"**/{OfficesFile}");
        matcher.AddExclude("**/calendars/**");
        matcher.AddExclude("**/templates/**");
        return matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(baseDirectory)))
            .Files
            .Select(match => baseDirectory == "." ? match.Path : Path.Join(baseDirectory, match.Path))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The office codes of <c>offices.json</c> in <paramref name="directory"/>; null when there is none (offices are then not checked).</summary>
    private static HashSet<string>? ReadOffices(string directory, TextWriter output, ref int result)
    {
        var path = Path.Combine(directory, OfficesFile);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
            using var document = JsonDocument.Parse(File.ReadAllText(path), options);
            if (Property(document.RootElement, "offices") is not { ValueKind: JsonValueKind.Array } offices)
            {
                output.WriteLine($"{path}: no \"offices\" list; office codes are not checked");
                result = Math.Max(result, SomeInvalid);
                return null;
            }

            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var office in offices.EnumerateArray())
            {
                if (Property(office, "code") is { ValueKind: JsonValueKind.String } code)
                {
                    codes.Add(code.GetString()!);
                }
            }

            return codes;
        }
        catch (JsonException e)
        {
            output.WriteLine($"{path}: cannot read the office list ({e.Message}); office codes are not checked");
            result = Math.Max(result, SomeInvalid);
            return null;
        }
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject()
                .Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                .Select(p => (JsonElement?)p.Value)
                .FirstOrDefault()
            : null;
}
