using System.Reflection;
using System.Xml.Linq;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Testing;
using NetArchTest.Rules;

namespace Mpp.Workflows.Engine.Tests.Architecture;

/// <summary>
/// The engine core (src/Engine) holds the rules of the product and speaks to the world only through its ports; databases,
/// jobs, PDF, mail and the expression engine are adapter projects beside it (src/Engine/*) that depend on it, never the other
/// way round.
/// Inside the core, namespaces form layers: a lower one never uses a higher one, so there is no namespace cycle.
/// </summary>
public sealed class CoreArchitectureTests
{
    private static readonly Assembly Core = typeof(WorkflowRuntime).Assembly;

    /// <summary>The adapter projects beside the core, by the last part of their name (src/Engine/&lt;name&gt;).</summary>
    private static readonly string[] AdapterNames = ["Postgres", "Sqlite", "Relational", "Jobs", "Pdf", "Email", "Scripting"];

    private static readonly string[] Adapters = [.. AdapterNames.Select(name => $"Mpp.Workflows.Engine.{name}")];

    /// <summary>Namespaces of packages (and our adapters) that only adapters and the host may use.</summary>
    private static readonly string[] Infrastructure =
    [
        .. Adapters, "Mpp.Workflows.Designer", "Npgsql", "Microsoft.Data.Sqlite", "SQLite", "Hangfire", "PdfSharp",
        "MigraDoc", "QRCoder", "MailKit", "MimeKit", "Jint", "Microsoft.AspNetCore",
    ];

    /// <summary>The only assemblies the core may reference: the runtime, the definitions and Microsoft.Extensions abstractions.</summary>
    private static readonly string[] AllowedAssemblyPrefixes =
    [
        "System", "Microsoft.Extensions.", "Microsoft.Win32.", "netstandard", "mscorlib", "Mpp.Workflows.Definitions",
    ];

    /// <summary>The core's namespaces from the bottom up: each may use those before it, never those after it.</summary>
    private static readonly string[] Layers =
    [
        "Mpp.Workflows.Engine.Model",
        "Mpp.Workflows.Engine.Persistence",
        "Mpp.Workflows.Engine.Observability",
        "Mpp.Workflows.Engine.Reading",
        "Mpp.Workflows.Engine.Calendar",
        "Mpp.Workflows.Engine.Scheduling",
        "Mpp.Workflows.Engine.Attachments",
        "Mpp.Workflows.Engine.Documents",
        "Mpp.Workflows.Engine.Mail",
        "Mpp.Workflows.Engine.Outbox",
        "Mpp.Workflows.Engine.Runtime",
    ];

    [Fact]
    public void Core_UsesNoInfrastructureNamespace()
    {
        var result = Types.InAssembly(Core).Should().NotHaveDependencyOnAny(Infrastructure).GetResult();

        Assert.True(result.IsSuccessful, Explain("The engine core uses infrastructure; move this code to an adapter", result));
    }

    [Fact]
    public void Core_ReferencesOnlyTheRuntimeTheDefinitionsAndExtensionAbstractions()
    {
        var foreign = Core.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => !AllowedAssemblyPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();

        Assert.True(foreign.Count == 0, $"The engine core references {string.Join(", ", foreign)}; only adapters may.");
    }

    [Fact]
    public void CoreProject_HasOnlyExtensionAbstractionPackagesAndNoFrameworkReference()
    {
        var project = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "Engine", "Core", "Mpp.Workflows.Engine.csproj"));
        var packages = project.Descendants("PackageReference").Select(p => (string)p.Attribute("Include")!).ToList();
        var frameworks = project.Descendants("FrameworkReference").Select(p => (string)p.Attribute("Include")!).ToList();
        var projects = project.Descendants("ProjectReference")
            .Where(p => (string?)p.Attribute("OutputItemType") != "Analyzer") // compile-time generators are not referenced at run time
            .Select(p => Path.GetFileNameWithoutExtension(((string)p.Attribute("Include")!).Replace('\\', '/'))).ToList();

        Assert.All(packages, p => Assert.StartsWith("Microsoft.Extensions.", p, StringComparison.Ordinal));
        Assert.Empty(frameworks);
        Assert.Equal(["Mpp.Workflows.Definitions"], projects);
    }

    [Fact]
    public void CoreLayers_NeverUseAHigherLayer()
    {
        var failures = new List<string>();
        for (var i = 0; i < Layers.Length - 1; i++)
        {
            var result = Types.InAssembly(Core).That().ResideInNamespace(Layers[i])
                .Should().NotHaveDependencyOnAny(Layers[(i + 1)..]).GetResult();
            if (!result.IsSuccessful)
            {
                failures.Add(Explain($"{Layers[i]} uses a layer above it", result));
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Definitions_KnowNothingOfTheEngine()
    {
        var result = Types.InAssembly(typeof(Definitions.DefinitionValidator).Assembly).Should()
            .NotHaveDependencyOnAny(["Mpp.Workflows.Engine", "Mpp.Workflows.Designer"]).GetResult();

        Assert.True(result.IsSuccessful, Explain("The definitions use the engine", result));
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("Sqlite")]
    [InlineData("Relational")]
    [InlineData("Jobs")]
    [InlineData("Pdf")]
    [InlineData("Email")]
    [InlineData("Scripting")]
    public void Adapters_DoNotUseEachOtherOrTheHost(string adapter)
    {
        var assembly = Assembly.Load($"Mpp.Workflows.Engine.{adapter}");

        // The two databases share the relational store; nothing else is shared between adapters.
        var allowed = adapter is "Postgres" or "Sqlite" ? new[] { adapter, "Relational" } : [adapter];
        var others = AdapterNames.Except(allowed).Select(a => $"Mpp.Workflows.Engine.{a}").Append("Mpp.Workflows.Designer").ToArray();

        var result = Types.InAssembly(assembly).Should().NotHaveDependencyOnAny(others).GetResult();

        Assert.True(result.IsSuccessful, Explain($"Adapter {adapter} uses another adapter or the host", result));
    }

    /// <summary>The shared relational store is written against ADO.NET only; each database's provider stays in its adapter.</summary>
    [Fact]
    public void RelationalStore_UsesNoDatabaseProvider()
    {
        var result = Types.InAssembly(Assembly.Load("Mpp.Workflows.Engine.Relational")).Should()
            .NotHaveDependencyOnAny(["Npgsql", "NpgsqlTypes", "Microsoft.Data.Sqlite", "SQLitePCL"]).GetResult();

        Assert.True(result.IsSuccessful, Explain("The relational store uses a database provider", result));
    }

    private static string Explain(string problem, TestResult result) =>
        $"{problem}: {string.Join(", ", result.FailingTypeNames ?? [])}";
}
