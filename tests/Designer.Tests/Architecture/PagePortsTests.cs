using System.Reflection;
using Microsoft.AspNetCore.Components;
using NetArchTest.Rules;

namespace Mpp.Workflows.Designer.Tests.Architecture;

/// <summary>
/// Pages read through the narrow ports of <c>Mpp.Workflows.Engine.Reading</c> (or the runtime's queries), never through the
/// whole store, a store session or a storage adapter.
/// </summary>
public sealed class PagePortsTests
{
    private static readonly Assembly Designer = typeof(Program).Assembly;

    private static readonly string[] Forbidden =
    [
        typeof(IWorkflowStore).FullName!,
        typeof(IStoreSession).FullName!,
        "Mpp.Workflows.Engine.Postgres", "Mpp.Workflows.Engine.Sqlite", "Mpp.Workflows.Engine.Relational", "Mpp.Workflows.Engine.Jobs",
        "Mpp.Workflows.Engine.Pdf", "Mpp.Workflows.Engine.Email", "Mpp.Workflows.Engine.Scripting",
    ];

    [Fact]
    public void Components_DoNotDependOnTheStoreOrAnAdapter()
    {
        var selected = Types.InAssembly(Designer).That().Inherit(typeof(ComponentBase)).GetTypes().Select(t => t.FullName).ToHashSet();

        // The selection must find the components (Inherit resolves base types across assemblies), or the rule would pass empty.
        var components = Designer.GetTypes().Where(t => typeof(ComponentBase).IsAssignableFrom(t)).Select(t => t.FullName).ToList();
        Assert.NotEmpty(components);
        Assert.All(components, name => Assert.Contains(name, selected));

        var result = Types.InAssembly(Designer).That().Inherit(typeof(ComponentBase))
            .ShouldNot().HaveDependencyOnAny(Forbidden).GetResult();

        Assert.True(result.IsSuccessful, Failure("Components", result));
    }

    [Fact]
    public void TheComponentsNamespace_DoesNotDependOnTheStoreOrAnAdapter()
    {
        var result = Types.InAssembly(Designer).That().ResideInNamespace("Mpp.Workflows.Designer.Components")
            .ShouldNot().HaveDependencyOnAny(Forbidden).GetResult();

        Assert.True(result.IsSuccessful, Failure("Types in Mpp.Workflows.Designer.Components", result));
    }

    private static string Failure(string what, TestResult result) =>
        $"{what} reach the store or an adapter; inject a port of Mpp.Workflows.Engine.Reading instead: "
        + string.Join(", ", result.FailingTypeNames ?? []);
}
