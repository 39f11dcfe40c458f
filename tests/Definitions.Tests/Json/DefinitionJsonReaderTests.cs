using Mpp.Workflows.Definitions.Json;

namespace Mpp.Workflows.Definitions.Tests.Json;

public class DefinitionJsonReaderTests
{
    private const string Nested = """
        {
          "schemaVersion": 1, "id": "sip-v1", "definitionId": "sip", "name": "SIP", "version": 2, "isLatest": true, "isPublished": true,
          "root": { "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "start", "type": "Elsa.Start", "metadata": { "designer": { "position": { "x": 10, "y": 20 } } } },
              { "id": "verify", "type": "Mpp.HumanTask", "name": "Verifikasi",
                "office": { "typeName": "String", "expression": { "type": "Literal", "value": "DPMPTSP" } },
                "outcomes": { "typeName": "String[]", "expression": { "type": "Object", "value": ["Setuju", "Tolak"] } } }
            ],
            "connections": [ { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "verify", "port": "In" } } ] } }
        """;

    [Fact]
    public void Read_NestedConnections_GivesSourceAndTargetPorts()
    {
        var definition = DefinitionJsonReader.Read(Nested);

        var connection = Assert.Single(definition.Root.Connections);
        Assert.Equal(new Endpoint("start", "Done"), connection.Source);
        Assert.Equal(new Endpoint("verify", "In"), connection.Target);
        Assert.Equal(("sip-v1", "sip", "SIP", 2, true, true), (definition.Id, definition.DefinitionId, definition.Name, definition.Version, definition.IsLatest, definition.IsPublished));
        Assert.Equal(new DesignerPosition(10, 20), definition.Root.Find("start")!.Position);
        Assert.Equal(["Setuju", "Tolak"], definition.Root.Find("verify")!.GetStringList("outcomes"));
    }

    [Fact]
    public void Read_FlatConnections_DefaultTheTargetPortToIn()
    {
        var json = """
            { "root": { "activities": [],
              "connections": [ { "source": "verify", "sourcePort": "Tolak", "target": "reject" },
                               { "source": "old", "outcome": "Done", "target": "next", "targetPort": "In" } ] } }
            """;

        var connections = DefinitionJsonReader.Read(json).Root.Connections;

        Assert.Equal(new Connection(new Endpoint("verify", "Tolak"), new Endpoint("reject", "In")), connections[0]);
        Assert.Equal(new Connection(new Endpoint("old", "Done"), new Endpoint("next", "In")), connections[1]);
    }

    [Fact]
    public void Read_NestedTargetWithoutPort_MeansIn()
    {
        var json = """{ "root": { "connections": [ { "source": { "activity": "a", "port": "Done" }, "target": { "activity": "b" } } ] } }""";

        Assert.Equal("In", DefinitionJsonReader.Read(json).Root.Connections[0].Target.Port);
    }

    [Fact]
    public void Read_MatchesPropertyNamesCaseInsensitively()
    {
        var json = """
            { "DefinitionId": "sip", "NAME": "SIP", "Root": { "Activities": [
                { "ID": "verify", "Type": "Mpp.HumanTask",
                  "Office": { "TypeName": "String", "Expression": { "Type": "literal", "Value": "DINKES" } } } ],
              "Connections": [ { "Source": { "Activity": "start", "Port": "Done" }, "Target": { "Activity": "verify" } } ] } }
            """;

        var definition = DefinitionJsonReader.Read(json);

        Assert.Equal(("sip", "SIP"), (definition.DefinitionId, definition.Name));
        var verify = Assert.Single(definition.Root.Activities);
        Assert.Equal("DINKES", verify.GetLiteralString("office"));
        Assert.Equal(ExpressionType.Literal, verify.GetExpression("office")!.Type);
        Assert.Equal("start", definition.Root.Connections[0].Source.Activity);
    }

    [Fact]
    public void Read_ObjectValueWrittenAsJsonString_IsParsed()
    {
        var json = """
            { "root": { "activities": [ { "id": "verify", "type": "Mpp.HumanTask",
                "outcomes": { "typeName": "Object", "expression": { "type": "Object", "value": "[\"Setuju\",\"Tolak\"]" } },
                "form": { "typeName": "Object", "expression": { "type": "Object", "value": "not json at all" } } } ] } }
            """;

        var verify = DefinitionJsonReader.Read(json).Root.Activities[0];

        Assert.Equal(["Setuju", "Tolak"], verify.GetStringList("outcomes"));
        Assert.Equal("not json at all", verify.GetObject("form")!.GetValue<string>());
    }

    [Fact]
    public void Read_BareValue_IsALiteralInput()
    {
        var json = """{ "root": { "activities": [ { "id": "t", "type": "Mpp.HumanTask", "office": "PUPR", "slaDays": 3, "outcomes": ["Ya"], "result": null } ] } }""";

        var task = DefinitionJsonReader.Read(json).Root.Activities[0];

        Assert.Equal("PUPR", task.GetLiteralString("office"));
        Assert.Equal(3, task.GetLiteralInt("slaDays"));
        Assert.Equal(["Ya"], task.GetStringList("outcomes"));
        Assert.False(task.Inputs.ContainsKey("result"));
    }

    [Fact]
    public void Read_ElsaActivityProperties_AreNotInputs()
    {
        var json = """
            { "root": { "activities": [ { "id": "s", "nodeId": "flow:s", "type": "Elsa.Start", "version": 1, "name": "Mulai",
                "customProperties": {}, "canStartWorkflow": true, "runAsynchronously": false, "metadata": {} } ] } }
            """;

        Assert.Empty(DefinitionJsonReader.Read(json).Root.Activities[0].Inputs);
    }

    [Fact]
    public void Read_FieldMaxLength_AndItsDefaults()
    {
        var definition = DefinitionJsonReader.Read("""
            { "inputs": [ { "name": "kode", "type": "String", "maxLength": 12 },
                          { "name": "alamat", "type": "String", "uiHint": "MultiLine" },
                          { "name": "nama", "type": "String" } ],
              "root": {} }
            """);

        Assert.Equal([12, FieldDefinition.MultiLineMaxLength, FieldDefinition.SingleLineMaxLength], definition.Inputs.Select(i => i.EffectiveMaxLength));
    }

    [Fact]
    public void Read_FieldMinLength_AndTheRoutesOwnPermit()
    {
        var definition = DefinitionJsonReader.Read("""
            { "inputs": [ { "name": "namaAcara", "type": "String", "minLength": 5 }, { "name": "nama", "type": "String" } ],
              "options": { "permit": { "title": "IZIN KERAMAIAN", "fields": [ { "field": "namaAcara", "label": "Nama acara" } ] } },
              "root": {} }
            """);

        Assert.Equal([5, null], definition.Inputs.Select(i => i.MinLength));
        Assert.Equal("IZIN KERAMAIAN", (string?)definition.Options.Permit!["title"]);
        Assert.Equal("namaAcara", (string?)definition.Options.Permit["fields"]![0]!["field"]);
    }

    [Fact]
    public void Read_PermitThatIsNotAnObject_IsAFormatError()
    {
        var error = Assert.Throws<DefinitionFormatException>(() => DefinitionJsonReader.Read("""{ "options": { "permit": "SIP" }, "root": {} }"""));

        Assert.Equal("$.options.permit", error.Path);
    }

    [Fact]
    public void Read_ApplicationFormAndOptions()
    {
        var json = """
            { "inputs": [ { "name": "profesi", "type": "string", "displayName": "Profesi", "uiHint": "Dropdown", "required": true,
                            "options": ["Dokter", "Bidan"] },
                          { "name": "luas", "type": "Number" } ],
              "options": { "serviceCode": "PBG", "fee": { "currency": "IDR", "note": "SKRD" }, "slaDays": 28, "statutoryDays": 20,
                           "onStatutoryDeadline": "Notify", "requirements": ["KTP"], "legalBasis": ["PP 16/2021"], "permitValidityYears": 0 },
              "root": {} }
            """;

        var definition = DefinitionJsonReader.Read(json);

        Assert.Equal(new FieldDefinition("profesi", FieldType.String, "Profesi", null, "Dropdown", true, ["Dokter", "Bidan"]), definition.Inputs[0], FieldComparer);
        Assert.Equal(new FieldDefinition("luas", FieldType.Number, "luas"), definition.Inputs[1], FieldComparer);
        var options = definition.Options;
        Assert.Equal(("PBG", 28, 20, "Notify", 0), (options.ServiceCode, options.SlaDays, options.StatutoryDays, options.OnStatutoryDeadline, options.PermitValidityYears));
        Assert.Null(options.Fee!.Amount);
        Assert.Equal([new ServiceRequirement("KTP")], options.Requirements!);
        Assert.Equal(["PP 16/2021"], options.LegalBasis!);
    }

    [Fact]
    public void Read_MalformedJson_ThrowsWithThePathWhereItBroke()
    {
        var json = "{ \"root\": { \"activities\": [ { \"id\": \"a\" }, { \"id\": \"b\", \"type\": } ] } }";

        var error = Assert.Throws<DefinitionFormatException>(() => DefinitionJsonReader.Read(json));

        Assert.Equal("$.root.activities[1].type", error.Path);
        Assert.Contains("line 1", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "root": [] }""", "$.root")]
    [InlineData("""{ "root": { "activities": {} } }""", "$.root.activities")]
    [InlineData("""{ "root": { "activities": [ "start" ] } }""", "$.root.activities[0]")]
    [InlineData("""{ "root": { "activities": [ { "id": 7 } ] } }""", "$.root.activities[0].id")]
    [InlineData("""{ "root": { "activities": [ { "id": "a", "office": { "typeName": "String", "expression": { "type": "Liquid", "value": "x" } } } ] } }""",
        "$.root.activities[0].office.expression.type")]
    [InlineData("""{ "root": { "activities": [ { "id": "a", "office": { "typeName": "String", "expression": "DPMPTSP" } } ] } }""",
        "$.root.activities[0].office.expression")]
    [InlineData("""{ "root": { "connections": [ { "source": { "activity": "a" }, "target": "b" } ] } }""", "$.root.connections[0].source.port")]
    [InlineData("""{ "root": { "connections": [ { "target": "b" } ] } }""", "$.root.connections[0].source")]
    [InlineData("""{ "root": { "connections": [ { "source": 1, "target": "b" } ] } }""", "$.root.connections[0].source")]
    [InlineData("""{ "inputs": [ { "name": "luas", "type": "Integer" } ], "root": {} }""", "$.inputs[0].type")]
    [InlineData("""{ "version": "2", "root": {} }""", "$.version")]
    [InlineData("""{ "options": { "fee": { "amount": "gratis" } }, "root": {} }""", "$.options.fee.amount")]
    [InlineData("""{ "name": "a", "Name": "b", "root": {} }""", "$.Name")]
    [InlineData("""{ "name": "no root" }""", "$.root")]
    [InlineData("""[]""", "$")]
    [InlineData("", "$")]
    public void Read_WrongShape_ThrowsDefinitionFormatExceptionAtItsPath(string json, string path)
    {
        var error = Assert.Throws<DefinitionFormatException>(() => DefinitionJsonReader.Read(json));

        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Read_NewerSchemaVersion_IsRefusedWithAClearMessage()
    {
        var error = Assert.Throws<DefinitionFormatException>(() => DefinitionJsonReader.Read("""{ "schemaVersion": 2, "root": {} }"""));

        Assert.Equal("$.schemaVersion", error.Path);
        Assert.Contains("Schema version 2 is newer", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Stream_AcceptsAByteOrderMark()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Nested)]);

        Assert.Equal("sip", DefinitionJsonReader.Read(stream).DefinitionId);
    }

    [Fact]
    public void Read_CommentsAndTrailingCommas_AreTolerated()
    {
        var json = """
            { // hand-edited
              "name": "SIP", "root": { "activities": [ { "id": "start", "type": "Elsa.Start" }, ], },
            }
            """;

        Assert.Equal("SIP", DefinitionJsonReader.Read(json).Name);
    }

    [Fact]
    public void Read_MetadataIsKeptAsJson()
    {
        var start = DefinitionJsonReader.Read(Nested).Root.Activities[0];

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{ "designer": { "position": { "x": 10, "y": 20 } } }"""), start.Metadata));
    }

    private static readonly IEqualityComparer<FieldDefinition> FieldComparer = EqualityComparer<FieldDefinition>.Create(
        (a, b) => a is not null && b is not null && a with { Options = null } == b with { Options = null } && a.Choices.SequenceEqual(b.Choices));
}
