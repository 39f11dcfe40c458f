using Bunit;
using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Designer.Components.Flow;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>The designer's property panel: editors generated from an activity descriptor, writing Elsa-shaped inputs.</summary>
public sealed class PropertyPanelTests : BunitContext
{
    private static readonly IReadOnlyList<OfficeRecord> Offices =
    [
        new("DPMPTSP", "Dinas Penanaman Modal dan PTSP", "Asia/Jakarta", ["FrontOffice", "Reviewer", "Signer"]),
        new("DINKES", "Dinas Kesehatan", "Asia/Jakarta", ["Reviewer", "Head"]),
    ];

    private static ActivityDescriptor HumanTask => ActivityCatalog.Default.Find("Mpp.HumanTask")!.Descriptor;

    [Fact]
    public void Renders_ALabelledEditorForEveryInputOfTheDescriptor()
    {
        var panel = RenderPanel(new JsonObject { ["id"] = "verify", ["type"] = "Mpp.HumanTask" });

        foreach (var input in HumanTask.Inputs)
        {
            var editor = panel.Find($"#prop-{input.Name}");
            Assert.NotNull(editor);
            Assert.Contains(input.DisplayName, panel.Find($"label[for='prop-{input.Name}']").TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(["", "DPMPTSP", "DINKES"], panel.FindAll("#prop-office option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public void ChoosingAnOffice_WritesALiteralInput_AndReportsTheChange()
    {
        var activity = new JsonObject { ["id"] = "verify", ["type"] = "Mpp.HumanTask" };
        var changes = 0;
        var panel = RenderPanel(activity, changed: () => changes++);

        panel.Find("#prop-office").Change("DINKES");

        Assert.Equal(1, changes);
        Assert.Equal("String", (string?)activity["office"]!["typeName"]);
        Assert.Equal("Literal", (string?)activity["office"]!["expression"]!["type"]);
        Assert.Equal("DINKES", (string?)activity["office"]!["expression"]!["value"]);
    }

    [Fact]
    public void RolePicker_OffersTheRolesOfTheChosenOffice()
    {
        var activity = new JsonObject
        {
            ["id"] = "verify",
            ["type"] = "Mpp.HumanTask",
            ["office"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "DINKES" } },
        };

        var panel = RenderPanel(activity);

        Assert.Equal(["", "Reviewer", "Head"], panel.FindAll("#prop-role option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public void Outcomes_OnePerLine_AreWrittenAsAnObjectArray_AndSlaDaysAsANumber()
    {
        var activity = new JsonObject { ["id"] = "verify", ["type"] = "Mpp.HumanTask" };
        var panel = RenderPanel(activity);

        panel.Find("#prop-outcomes").Change("Setuju\n\n Tolak ");
        panel.Find("#prop-slaDays").Change("3");

        Assert.Equal("Object", (string?)activity["outcomes"]!["expression"]!["type"]);
        Assert.Equal("""["Setuju","Tolak"]""", activity["outcomes"]!["expression"]!["value"]!.ToJsonString());
        Assert.Equal(3, (int)activity["slaDays"]!["expression"]!["value"]!);
        Assert.Equal("Setuju\nTolak", panel.Find("#prop-outcomes").TextContent);
    }

    [Fact]
    public void ValidationErrors_AreShownBesideTheirInput_AndTheRestBelow()
    {
        var panel = RenderPanel(
            new JsonObject { ["id"] = "verify", ["type"] = "Mpp.HumanTask" },
            errors:
            [
                new(".office", "Unknown office 'XYZ'."),
                new(".outcomes", "At least one outcome is required."),
                new(string.Empty, "Port 'Setuju' is not connected."),
            ]);

        Assert.Equal("Unknown office 'XYZ'.", panel.Find("[data-input=office] .error").TextContent);
        Assert.Equal("At least one outcome is required.", panel.Find("[data-input=outcomes] .error").TextContent);
        Assert.Contains(panel.FindAll("p.error"), p => p.TextContent == "Port 'Setuju' is not connected.");
        Assert.Empty(panel.FindAll("[data-input=role] .error"));
    }

    [Fact]
    public void AStringHoldingJson_AsElsaWritesObjects_IsShownAsItsValues()
    {
        var activity = new JsonObject
        {
            ["id"] = "verify",
            ["type"] = "Mpp.HumanTask",
            ["outcomes"] = new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = """["Ya","Tidak"]""" } },
        };

        var panel = RenderPanel(activity);

        Assert.Equal("Ya\nTidak", panel.Find("#prop-outcomes").TextContent);
    }

    private IRenderedComponent<PropertyPanel> RenderPanel(
        JsonObject activity, Action? changed = null, IReadOnlyList<KeyValuePair<string, string>>? errors = null) =>
        Render<PropertyPanel>(parameters => parameters
            .Add(p => p.Descriptor, HumanTask)
            .Add(p => p.Activity, activity)
            .Add(p => p.ActivityId, (string)activity["id"]!)
            .Add(p => p.Offices, Offices)
            .Add(p => p.Errors, errors ?? [])
            .Add(p => p.Changed, () => changed?.Invoke()));
}
