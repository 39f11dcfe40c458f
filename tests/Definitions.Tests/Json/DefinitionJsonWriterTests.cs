using System.Text.Json.Nodes;
using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Model;

namespace Mpp.Workflows.Definitions.Tests.Json;

public class DefinitionJsonWriterTests
{
    /// <summary>
    /// Every kind of value the model holds: form, options with an assessed fee, literal, script and object inputs, metadata.
    /// <code>
    /// start ─▶ verify ─Setuju─▶ decide ─True─▶ fork ─a─▶ review-a ─Ok─▶ join ─▶ wait ─▶ issue ─▶ mail ─▶ end
    ///            │                 └False──────────────────────────────────────────────────────────────────┘
    ///            └Tolak─▶ revise ─Resubmitted─▶ verify          fork ─b─▶ review-b ─Ok─▶ join
    /// </code>
    /// </summary>
    private static WorkflowDefinition Sample()
    {
        var form = new JsonArray(new JsonObject { ["name"] = "catatan", ["type"] = "String", ["displayName"] = "Catatan", ["required"] = false });
        var verify = ActivityNode.Create("verify", ActivityTypes.HumanTask, "Verifikasi berkas",
        [
            KeyValuePair.Create("office", Build.Literal("DPMPTSP")),
            KeyValuePair.Create("title", new ActivityInput("String", Expression.JavaScript("'Verifikasi ' + application.namaLengkap"))),
            KeyValuePair.Create("outcomes", Build.Names("Setuju", "Tolak")),
            KeyValuePair.Create("form", Build.Object(form)),
            KeyValuePair.Create("slaDays", Build.Literal(2)),
            KeyValuePair.Create("marksComplete", Build.Literal(true)),
        ], new DesignerPosition(120.5, 40));
        return new WorkflowDefinition(
            "sip-v3", "sip", "Surat Izin Praktik", "Izin praktik tenaga kesehatan — 5 tahun", 3, true, true,
            [
                new FieldDefinition("namaLengkap", FieldType.String, "Nama lengkap", "Dengan gelar", "SingleLine", true),
                new FieldDefinition("profesi", FieldType.String, "Profesi", null, "Dropdown", true, ["Dokter", "Bidan"]),
                new FieldDefinition("luasLantai", FieldType.Number, "Luas lantai (m²)"),
            ],
            new DefinitionOptions("SIP", ["KTP", "STR"], new FeeInfo(null, "IDR", "Ditetapkan dalam SKRD"), 10, 5, "DeemApprove", ["UU 17/2023"], 5),
            new Flowchart("flow",
            [
                Build.Start(), verify, Build.Revision("revise", ("expiresAfterDays", Build.Literal(14))), Build.Decision("decide"),
                Build.Fork("fork", "a", "b"), Build.Task("review-a", "Ok"), Build.Task("review-b", "Ok"), Build.Join("join"),
                Build.Delay("wait"), Build.Issue("issue"), Build.Email("mail"), Build.End("end"),
            ],
            [
                Build.Wire("start", "Done", "verify"), Build.Wire("verify", "Setuju", "decide"), Build.Wire("verify", "Tolak", "revise"),
                Build.Wire("revise", "Resubmitted", "verify"), Build.Wire("decide", "True", "fork"), Build.Wire("decide", "False", "end"),
                Build.Wire("fork", "a", "review-a"), Build.Wire("fork", "b", "review-b"), Build.Wire("review-a", "Ok", "join"),
                Build.Wire("review-b", "Ok", "join"), Build.Wire("join", "Done", "wait"), Build.Wire("wait", "Done", "issue"),
                Build.Wire("issue", "Done", "mail"), Build.Wire("mail", "Done", "end"),
            ]));
    }

    [Fact]
    public void ReadOfWrite_EqualsTheOriginalStructurally()
    {
        var original = Sample();

        var copy = DefinitionJsonReader.Read(DefinitionJsonWriter.Write(original));

        StructuralAssert.Equal(original, copy);
    }

    [Fact]
    public void ReadOfWrite_IsStableForACompactDocumentToo()
    {
        var once = DefinitionJsonWriter.Write(Sample(), indented: false);

        Assert.Equal(once, DefinitionJsonWriter.Write(DefinitionJsonReader.Read(once), indented: false));
        Assert.DoesNotContain("\n", once, StringComparison.Ordinal);
    }

    [Fact]
    public void StructuralAssert_NoticesAChangedInput()
    {
        var original = Sample();
        var changed = original with
        {
            Root = original.Root with { Activities = [.. original.Root.Activities.Select(a => a.Id == "join" ? Build.Join("join", "WaitAny") : a)] },
        };

        Assert.ThrowsAny<Exception>(() => StructuralAssert.Equal(original, changed));
    }

    [Fact]
    public void Write_UsesTheElsa3Shape()
    {
        var json = DefinitionJsonWriter.ToJsonObject(Sample());

        Assert.Equal(1, json["schemaVersion"]!.GetValue<int>());
        Assert.Equal("Elsa.Flowchart", json["root"]!["type"]!.GetValue<string>());
        var verify = json["root"]!["activities"]![1]!;
        Assert.Equal("Object", verify["outcomes"]!["expression"]!["type"]!.GetValue<string>());
        Assert.IsType<JsonArray>(verify["outcomes"]!["expression"]!["value"]);
        Assert.Equal(120.5, verify["metadata"]!["designer"]!["position"]!["x"]!.GetValue<double>());
        var connection = json["root"]!["connections"]![0]!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"source":{"activity":"start","port":"Done"},"target":{"activity":"verify","port":"In"}}"""), connection));
        Assert.False(json["options"]!["fee"]!.AsObject().ContainsKey("amount"));
    }

    [Fact]
    public void Write_KeepsIndonesianTextAndScriptsReadable()
    {
        var text = DefinitionJsonWriter.Write(Sample());

        Assert.Contains("Luas lantai (m²)", text, StringComparison.Ordinal);
        Assert.Contains("Izin praktik tenaga kesehatan — 5 tahun", text, StringComparison.Ordinal);
        Assert.Contains("application.luasLantai > 300", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DoesNotDetachTheDefinitionsOwnNodes()
    {
        var definition = Sample();

        DefinitionJsonWriter.ToJsonObject(definition);
        DefinitionJsonWriter.ToJsonObject(definition);

        Assert.Null(definition.Root.Find("verify")!.GetObject("form")!.Parent);
    }
}
