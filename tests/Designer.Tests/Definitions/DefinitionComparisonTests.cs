using Mpp.Workflows.Designer.Definitions;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// Draft against published version, on a small route:
/// <code>
///   start ──Done──▶ verify ──Lengkap──▶ end
///                     └──Tidak lengkap──▶ reject
/// </code>
/// </summary>
public sealed class DefinitionComparisonTests
{
    private static JsonObject Published() => (JsonObject)JsonNode.Parse("""
        {
          "id": "demo-v1", "definitionId": "demo", "name": "Demo", "version": 1, "isLatest": true, "isPublished": true,
          "inputs": [ { "name": "nama", "type": "String", "displayName": "Nama", "required": true } ],
          "root": {
            "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "start", "type": "Elsa.Start", "name": "Mulai", "metadata": { "designer": { "position": { "x": 0, "y": 0 } } } },
              { "id": "verify", "type": "Mpp.HumanTask", "name": "Verifikasi",
                "office": { "typeName": "String", "expression": { "type": "Literal", "value": "DPMPTSP" } },
                "outcomes": { "typeName": "Object", "expression": { "type": "Object", "value": "[\"Lengkap\",\"Tidak lengkap\"]" } } },
              { "id": "end", "type": "Elsa.End", "name": "Selesai" },
              { "id": "reject", "type": "Elsa.End", "name": "Ditolak" }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "verify", "port": "In" } },
              { "source": { "activity": "verify", "port": "Lengkap" }, "target": { "activity": "end", "port": "In" } },
              { "source": { "activity": "verify", "port": "Tidak lengkap" }, "target": { "activity": "reject", "port": "In" } }
            ]
          }
        }
        """)!;

    private static JsonArray Activities(JsonObject document) => document["root"]!["activities"]!.AsArray();

    private static JsonArray Connections(JsonObject document) => document["root"]!["connections"]!.AsArray();

    private static JsonObject Activity(JsonObject document, string id) =>
        Activities(document).OfType<JsonObject>().Single(a => (string?)a["id"] == id);

    [Fact]
    public void Compare_SameDocumentAsDraft_IsEmpty_EvenWithOtherVersionFlagsAndPositions()
    {
        var draft = Published();
        draft["version"] = 2;
        draft["isPublished"] = false;
        draft["id"] = "demo-v2";
        Activity(draft, "start")["metadata"]!["designer"]!["position"]!["x"] = 300;

        var diff = DefinitionComparison.Compare(Published(), draft);

        Assert.True(diff.IsEmpty, string.Join("; ", diff.ChangedActivities.Select(a => a.Id)));
    }

    /// <summary>The studio renames a step's id with its name: that is one renamed step, not one removed and one added.</summary>
    [Fact]
    public void Compare_RenamedStep_IsOneRename_WithItsConnectionsUnchanged()
    {
        var draft = Published();
        Activity(draft, "verify")["id"] = "periksa-berkas";
        Activity(draft, "periksa-berkas")["name"] = "Periksa berkas";
        foreach (var end in Connections(draft).Select(c => c!.AsObject()).SelectMany(c => new[] { c["source"]!, c["target"]! }))
        {
            if ((string?)end["activity"] == "verify")
            {
                end["activity"] = "periksa-berkas";
            }
        }

        var diff = DefinitionComparison.Compare(Published(), draft);

        var renamed = Assert.Single(diff.Renamed);
        Assert.Equal(("verify", "Verifikasi", "periksa-berkas", "Periksa berkas"), (renamed.OldId, renamed.OldName, renamed.NewId, renamed.NewName));
        Assert.Empty(diff.AddedActivities);
        Assert.Empty(diff.RemovedActivities);
        Assert.Empty(diff.AddedConnections);
        Assert.Empty(diff.RemovedConnections);
        Assert.False(diff.IsEmpty);
        Assert.Equal("Periksa berkas", diff.NameOf("periksa-berkas"));

        // A step also changed in its settings is not a rename: it is removed and added.
        Activity(draft, "periksa-berkas")["office"]!["expression"]!["value"] = "DINKES";
        var changed = DefinitionComparison.Compare(Published(), draft);
        Assert.Empty(changed.Renamed);
        Assert.Single(changed.AddedActivities);
        Assert.Single(changed.RemovedActivities);
    }

    [Fact]
    public void Compare_ChangedSingleValues_CarryTheirOldAndNewValue_ListsDoNot()
    {
        var draft = Published();
        Activity(draft, "verify")["office"]!["expression"]!["value"] = "DINKES";
        Activity(draft, "verify")["slaDays"] = JsonNode.Parse("""{ "typeName": "Int32", "expression": { "type": "Literal", "value": 5 } }""");
        Activity(draft, "verify")["outcomes"]!["expression"]!["value"] = "[\"Lengkap\"]";

        var changed = Assert.Single(DefinitionComparison.Compare(Published(), draft).ChangedActivities);

        Assert.Equal(new ValueChange("DPMPTSP", "DINKES"), changed.Values!["office"]);
        // A setting that did not exist before has no old value to show; a list is named, not printed.
        Assert.False(changed.Values.ContainsKey("slaDays"));
        Assert.False(changed.Values.ContainsKey("outcomes"));
        Assert.Contains("outcomes", changed.Properties);

        var published = Published();
        Activity(published, "verify")["slaDays"] = JsonNode.Parse("""{ "typeName": "Int32", "expression": { "type": "Literal", "value": 3 } }""");
        Assert.Equal(new ValueChange("3", "5"), Assert.Single(DefinitionComparison.Compare(published, draft).ChangedActivities).Values!["slaDays"]);
    }

    [Fact]
    public void Compare_ObjectInputWrittenAsValueInsteadOfString_IsNotAChange()
    {
        var draft = Published();
        Activity(draft, "verify")["Outcomes"] = JsonNode.Parse("""{ "TypeName": "Object", "Expression": { "Type": "Object", "Value": ["Lengkap", "Tidak lengkap"] } }""");
        Activity(draft, "verify").Remove("outcomes");

        Assert.True(DefinitionComparison.Compare(Published(), draft).IsEmpty);
    }

    [Fact]
    public void Compare_InsertedStep_IsAnAddedActivity_WithOneRemovedAndTwoAddedConnections()
    {
        var draft = Published();
        Activities(draft).Add(new JsonObject { ["id"] = "sign", ["type"] = "Mpp.HumanTask", ["name"] = "Tanda tangan" });
        Connections(draft).RemoveAt(1);
        Connections(draft).Add(JsonNode.Parse("""{ "source": { "activity": "verify", "port": "Lengkap" }, "target": { "activity": "sign" } }"""));
        Connections(draft).Add(JsonNode.Parse("""{ "source": { "activity": "sign", "port": "Selesai" }, "target": { "activity": "end", "port": "In" } }"""));

        var diff = DefinitionComparison.Compare(Published(), draft);

        Assert.Equal([new ActivityDifference("sign", "Mpp.HumanTask", "Tanda tangan", [])], diff.AddedActivities);
        Assert.Empty(diff.RemovedActivities);
        Assert.Empty(diff.ChangedActivities);
        Assert.Equal([new("verify", "Lengkap", "sign"), new("sign", "Selesai", "end")], diff.AddedConnections);
        Assert.Equal([new ConnectionDifference("verify", "Lengkap", "end")], diff.RemovedConnections);
    }

    [Fact]
    public void Compare_RemovedActivity_ListsItAndItsConnections()
    {
        var draft = Published();
        Activities(draft).Remove(Activity(draft, "reject"));
        Connections(draft).RemoveAt(2);

        var diff = DefinitionComparison.Compare(Published(), draft);

        Assert.Equal(["reject"], diff.RemovedActivities.Select(a => a.Id));
        Assert.Equal("Ditolak", diff.RemovedActivities[0].Name);
        Assert.Equal([new ConnectionDifference("verify", "Tidak lengkap", "reject")], diff.RemovedConnections);
        Assert.Empty(diff.AddedConnections);
    }

    [Fact]
    public void Compare_ChangedInputsAndName_NameTheChangedPropertiesOfTheActivity()
    {
        var draft = Published();
        var verify = Activity(draft, "verify");
        verify["name"] = "Verifikasi berkas";
        verify["office"]!["expression"]!["value"] = "DINKES";
        verify["slaDays"] = JsonNode.Parse("""{ "typeName": "Int32", "expression": { "type": "Literal", "value": 3 } }""");

        var diff = DefinitionComparison.Compare(Published(), draft);

        var changed = Assert.Single(diff.ChangedActivities);
        Assert.Equal(("verify", "Verifikasi berkas"), (changed.Id, changed.Name));
        Assert.Equal(["name", "office", "slaDays"], changed.Properties);
        Assert.Empty(diff.AddedActivities);
        Assert.Empty(diff.AddedConnections);
    }

    [Fact]
    public void Compare_ActivityWithTheSameIdButAnotherType_IsChangedInItsType()
    {
        var draft = Published();
        Activity(draft, "reject")["type"] = "Mpp.SendEmail";

        Assert.Equal(["type"], Assert.Single(DefinitionComparison.Compare(Published(), draft).ChangedActivities).Properties);
    }

    [Fact]
    public void Compare_ChangedFormInputs_IsAChangedSection()
    {
        var draft = Published();
        draft["inputs"]!.AsArray().Add(new JsonObject { ["name"] = "alamat", ["type"] = "String" });
        draft["description"] = "Baru";

        Assert.Equal(["inputs", "description"], DefinitionComparison.Compare(Published(), draft).ChangedSections);
    }

    [Fact]
    public void Compare_ShippedSipRouteWithItself_IsEmpty()
    {
        var sip = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Workflows, "sip-dokter.json")))!;

        Assert.True(DefinitionComparison.Compare(sip, (JsonObject)sip.DeepClone()).IsEmpty);
    }
}
