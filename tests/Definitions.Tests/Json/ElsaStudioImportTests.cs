using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Tests.Json;

/// <summary>
/// A definition exported from Elsa Studio 3 (<c>Fixtures/elsa-studio-3-export.json</c>: workflow variables and inputs, Elsa's
/// options, an <c>Elsa.HttpEndpoint</c> and an <c>Elsa.WriteLine</c> with a Liquid expression beside the product's own steps)
/// is read; the steps this product does not have are kept with their type and reported, not a reason to refuse the file.
/// </summary>
public sealed class ElsaStudioImportTests
{
    private static readonly string Export = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "elsa-studio-3-export.json"));

    [Fact]
    public void Read_AnElsaStudioExport_KeepsEveryStepWithItsTypeAndEveryConnection()
    {
        var definition = DefinitionJsonReader.Read(Export);

        Assert.Equal(
            ["Elsa.Start", "Elsa.HttpEndpoint", "Elsa.WriteLine", "Mpp.HumanTask", "Mpp.IssueDocument", "Elsa.End", "Elsa.End"],
            definition.Root.Activities.Select(a => a.Type));
        Assert.Equal(6, definition.Root.Connections.Count);
        Assert.Equal(new DesignerPosition(-380.5, 40), definition.Root.Find("Start1")!.Position);
        Assert.Equal("/izin-keramaian", definition.Root.Find("HttpEndpoint1")!.GetLiteralString("path"));
        Assert.Equal(["Setuju", "Tolak"], definition.Root.Find("periksa")!.GetObject("outcomes")!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void Validate_AnElsaStudioExport_NamesEachUnknownStepByItsType_AndNothingElseOfTheProductsSteps()
    {
        var errors = DefinitionValidator.ValidateJson(Export);

        var unknown = errors.Where(e => e.Code == ValidationCodes.StepTypeUnknown).ToList();
        Assert.Equal(["HttpEndpoint1", "WriteLine1"], unknown.Select(e => e.ActivityId));
        Assert.Equal(["Elsa.HttpEndpoint", "Elsa.WriteLine"], unknown.Select(e => e.Arguments.Single()));

        // The HTTP trigger has no way in from the start; the product's own steps are fine.
        Assert.Equal([ValidationCodes.Unreachable], errors.Except(unknown).Select(e => e.Code));
        Assert.Equal("HttpEndpoint1", errors.Except(unknown).Single().ActivityId);
    }

    [Fact]
    public void Read_AnExpressionLanguageTheProductDoesNotHave_IsStillRefusedOnItsOwnSteps()
    {
        var document = JsonNode.Parse(Export)!.AsObject();
        var task = document["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "periksa")!;
        task["office"]!["expression"]!["type"] = "Liquid";

        var refused = Assert.Throws<DefinitionFormatException>(() => DefinitionJsonReader.Read(document.ToJsonString()));

        Assert.Equal("$.root.activities[3].office.expression.type", refused.Path);
    }

    [Fact]
    public void ActivityTypes_All_IsExactlyTheCatalog()
    {
        Assert.Equal(
            Mpp.Workflows.Definitions.Catalog.ActivityCatalog.Default.Descriptors.Select(d => d.Type).Order(StringComparer.Ordinal),
            ActivityTypes.All.Order(StringComparer.Ordinal));
    }
}
