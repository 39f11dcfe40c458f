using System.Reflection;
using NetArchTest.Rules;

namespace Mpp.Workflows.Designer.Tests.Architecture;

/// <summary>
/// The host's prelude, imported by every file of it (global usings in the project file): its refusals as problem details
/// (<c>Errors</c>) and the UI's words (<c>Localization</c>, which may name a refusal's wait). Being everywhere, they must
/// sit at the bottom: neither may use a feature of the host, or the features would depend on each other through them.
/// </summary>
public sealed class HostLayersTests
{
    private static readonly Assembly Designer = typeof(Program).Assembly;

    private static readonly string[] HostNamespaces = Designer.GetTypes()
        .Select(t => t.Namespace)
        .OfType<string>()
        .Where(ns => ns.StartsWith("Mpp.Workflows.Designer", StringComparison.Ordinal))
        .Distinct()
        .ToArray();

    [Theory]
    [InlineData("Mpp.Workflows.Designer.Errors", new string[0])]
    [InlineData("Mpp.Workflows.Designer.Localization", new[] { "Mpp.Workflows.Designer.Errors" })]
    public void Prelude_UsesNoFeatureOfTheHost(string prelude, string[] allowed)
    {
        var forbidden = HostNamespaces.Where(ns => ns != prelude && !allowed.Contains(ns)).ToArray();
        Assert.Contains("Mpp.Workflows.Designer.Applications", forbidden); // the list is the host's real namespaces

        var result = Types.InAssembly(Designer).That().ResideInNamespace(prelude)
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"{prelude} uses a feature of the host: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
