using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;
using static Mpp.Workflows.Definitions.Tests.Build;

namespace Mpp.Workflows.Definitions.Tests.Validation;

/// <summary>
/// The application form's identity bindings (<c>applicant</c>), text formats (<c>format</c>) and the service's requirements,
/// each uploaded in a File field of the form or brought to the counter.
/// </summary>
public class ApplicantFormRulesTests
{
    private static List<string> Paths(WorkflowDefinition definition) =>
        [.. DefinitionValidator.Validate(definition).Select(e => $"{e.Path}: {e.Message}")];

    [Fact]
    public void Read_BindingsFormatsAndRequirements_AsWritten()
    {
        const string json = """
            { "id": "x-v1", "definitionId": "x", "name": "X", "version": 1,
              "inputs": [ { "name": "nik", "type": "String", "applicant": "nik" },
                          { "name": "nikPemilik", "type": "String", "format": "nik" },
                          { "name": "berkas", "type": "File" } ],
              "options": { "requirements": [ "KTP", { "name": "STR", "upload": "berkas" }, { "name": "Pas foto", "bring": "2 lembar" } ] },
              "root": {} }
            """;

        var definition = DefinitionJsonReader.Read(json);

        Assert.Equal(("nik", "nik"), (definition.Inputs[0].Applicant, definition.Inputs[0].EffectiveFormat));
        Assert.Equal((null, "nik"), (definition.Inputs[1].Applicant, definition.Inputs[1].EffectiveFormat));
        Assert.Equal(
            [new ServiceRequirement("KTP"), new ServiceRequirement("STR", Upload: "berkas"), new ServiceRequirement("Pas foto", Bring: "2 lembar")],
            definition.Options.Requirements!);
        Assert.Equal([false, true, false], definition.Options.Requirements!.Select(r => r.IsUploaded));
    }

    [Fact]
    public void Read_ARequirementThatIsNeitherTextNorObject_NamesItsPath()
    {
        const string json = """{ "id": "x-v1", "definitionId": "x", "name": "X", "options": { "requirements": [ "KTP", 3 ] }, "root": {} }""";

        var error = Assert.Throws<DefinitionFormatException>(() => DefinitionJsonReader.Read(json));

        Assert.Equal("$.options.requirements[1]", error.Path);
    }

    [Fact]
    public void Validate_UnknownBindingAndFormat_TwoBindingsOfOneValue_AndAWrongType_AreReported()
    {
        var definition = Minimal() with
        {
            Inputs =
            [
                new FieldDefinition("a", FieldType.String, "A", Applicant: "npwp"),
                new FieldDefinition("b", FieldType.String, "B", Format: "kk"),
                new FieldDefinition("c", FieldType.String, "C", Applicant: "nik"),
                new FieldDefinition("d", FieldType.String, "D", Applicant: "nik"),
                new FieldDefinition("e", FieldType.Number, "E", Applicant: "phone"),
                new FieldDefinition("f", FieldType.Number, "F", Format: "nik"),
                new FieldDefinition("g", FieldType.Email, "G", Applicant: "email"),
            ],
        };

        var errors = Paths(definition);

        Assert.Equal(
            ["$.inputs[0].applicant", "$.inputs[1].format", "$.inputs[3].applicant", "$.inputs[4].applicant", "$.inputs[5].format"],
            errors.Select(e => e.Split(':')[0]));
    }

    [Fact]
    public void Validate_ARequirementUploadedInNoFileField_OrWithoutAName_IsReported()
    {
        var definition = Minimal() with
        {
            Inputs = [new FieldDefinition("berkas", FieldType.File, "Berkas"), new FieldDefinition("nomor", FieldType.String, "Nomor")],
            Options = new DefinitionOptions(Requirements:
            [
                new ServiceRequirement("STR", Upload: "berkas"),
                new ServiceRequirement("Nomor", Upload: "nomor"),
                new ServiceRequirement(" ", Bring: "asli"),
            ]),
        };

        Assert.Equal(["$.options.requirements[1].upload", "$.options.requirements[2].name"], Paths(definition).Select(e => e.Split(':')[0]));
    }
}
