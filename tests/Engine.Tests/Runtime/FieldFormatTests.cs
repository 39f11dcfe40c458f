using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Engine.Tests.Runtime;

/// <summary>A field's format (<c>nik</c>, <c>phone</c>, or the one its applicant binding implies) and the identity filled from the applicant.</summary>
public class FieldFormatTests
{
    private static readonly FieldDefinition[] Fields =
    [
        new("nik", FieldType.String, "NIK", Applicant: "nik"),
        new("telepon", FieldType.String, "Telepon", Format: "phone"),
        new("nikPemilik", FieldType.String, "NIK pemilik", Format: "nik"),
    ];

    [Theory]
    [InlineData("3327015505900001", true)]
    [InlineData("12345", false)]
    [InlineData("33270155059000012", false)]
    [InlineData("332701550590000a", false)]
    [InlineData("３３２７０１５５０５９００００１", false)]
    public void Nik_IsExactlySixteenAsciiDigits(string nik, bool valid)
    {
        var errors = ApplicationDataValidator.Validate(new JsonObject { ["nik"] = nik, ["nikPemilik"] = nik }, Fields);

        Assert.Equal(valid ? [] : ["nik", "nikPemilik"], errors.Keys.Order());
    }

    [Theory]
    [InlineData("081234567890", true)]
    [InlineData("+62 812-3456-7890", true)]
    [InlineData("(0284) 321.123", true)]
    [InlineData("1234567", false)]
    [InlineData("0812345678901234", false)]
    [InlineData("0812 3456 7890 ext", false)]
    [InlineData("+", false)]
    [InlineData("0812-", false)]
    public void Phone_IsEightToFifteenDigitsWithSeparators(string phone, bool valid)
    {
        var errors = ApplicationDataValidator.Validate(new JsonObject { ["telepon"] = phone }, Fields);

        Assert.Equal(valid, errors.Count == 0);
    }

    [Theory]
    [InlineData("Pesta", true)]
    [InlineData("  Pesta  ", true)]
    [InlineData("Pes", false)]
    [InlineData("  Pes   ", false)]
    public void MinLength_CountsTheTextWithoutSurroundingBlanks(string name, bool valid)
    {
        FieldDefinition[] fields = [new("namaAcara", FieldType.String, "Nama acara", MinLength: 5)];

        var errors = ApplicationDataValidator.Validate(new JsonObject { ["namaAcara"] = name }, fields);

        Assert.Equal(valid, errors.Count == 0);
        if (!valid)
        {
            Assert.Contains("paling sedikit 5", errors["namaAcara"][0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FillIdentity_CopiesTheApplicantsValue_OverAnyOtherCopy_AndReportsAMissingRequiredOne()
    {
        FieldDefinition[] inputs =
        [
            new("nama", FieldType.String, "Nama lengkap", Required: true, Applicant: "name"),
            new("nik", FieldType.String, "NIK", Required: true, Applicant: "nik"),
            new("surel", FieldType.Email, "Surel", Applicant: "email"),
        ];
        var data = new JsonObject { ["nama"] = "Orang Lain", ["surel"] = "lain@example.org" };
        var errors = new Dictionary<string, string[]>();

        ApplicantRules.FillIdentity(inputs, new Applicant("Budi", "budi@example.id", null, null), data, errors);

        Assert.Equal("Budi", (string?)data["nama"]);
        Assert.Equal("budi@example.id", (string?)data["surel"]);
        Assert.False(data.ContainsKey("nik"));
        Assert.Equal(["applicant.nik"], errors.Keys);
    }
}
