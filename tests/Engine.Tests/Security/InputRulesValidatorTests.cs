using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Engine.Tests.Security;

/// <summary>
/// Issue 10, input rules at the engine's validator (API and pages both go through it): a field's own <c>maxLength</c>
/// wins over the defaults, multi-line fields keep line breaks, nothing else carries a control character or a broken
/// surrogate, and application data names only the form's fields.
/// </summary>
public sealed class InputRulesValidatorTests
{
    private static readonly FieldDefinition Code = new("kode", FieldType.String, "Kode", MaxLength: 5);
    private static readonly FieldDefinition Address = new("alamat", FieldType.String, "Alamat", UiHint: "MultiLine");
    private static readonly FieldDefinition Area = new("luas", FieldType.Number, "Luas");

    [Fact]
    public void ValidateApplication_FieldsOwnMaxLength_Wins()
    {
        var errors = ApplicationDataValidator.ValidateApplication(new JsonObject { ["kode"] = "ABCDEF" }, [Code], "data.");

        Assert.Equal(["data.kode"], errors.Keys);
    }

    [Fact]
    public void ValidateApplication_MultiLine_TakesLineBreaksAndTabs_ButNotOtherControls()
    {
        Assert.Empty(ApplicationDataValidator.ValidateApplication(new JsonObject { ["alamat"] = "Jl. Pemuda 5\r\n\tPemalang" }, [Address]));
        Assert.Single(ApplicationDataValidator.ValidateApplication(new JsonObject { ["alamat"] = "Jl. Pemuda\u0008 5" }, [Address]));
        Assert.Single(ApplicationDataValidator.ValidateApplication(new JsonObject { ["alamat"] = "Jl. \ud800Pemuda" }, [Address]));
    }

    [Fact]
    public void ValidateApplication_UnknownKeys_AreNamed()
    {
        var errors = ApplicationDataValidator.ValidateApplication(new JsonObject { ["kode"] = "A1", ["role"] = "Admin" }, [Code], "data.");

        Assert.Equal(["data.role"], errors.Keys);
    }

    [Fact]
    public void ValidateApplication_NumberBeyondDecimalRange_IsNoNumber()
    {
        var errors = ApplicationDataValidator.ValidateApplication(JsonNode.Parse("{\"luas\":1e400}")!.AsObject(), [Area]);

        Assert.Equal(["luas"], errors.Keys);
    }

    [Theory]
    [InlineData("{\"kode\":12345}")]
    [InlineData("{\"kode\":3.3e15}")]
    [InlineData("{\"kode\":true}")]
    [InlineData("{\"kode\":1e999999999}")]
    [InlineData("{\"luas\":1e-999999999}")]
    [InlineData("{\"luas\":-1e999999999}")]
    [InlineData("{\"luas\":\"12\"}", false)]
    [InlineData("{\"luas\":0.0e-5}", false)]
    [InlineData("{\"luas\":1.5e3}", false)]
    public void ValidateApplication_AValueOfAnotherJsonTypeOrBeyondDecimal_IsRefused(string json, bool refused = true)
    {
        var errors = ApplicationDataValidator.ValidateApplication(JsonNode.Parse(json)!.AsObject(), [Code, Area]);

        Assert.Equal(refused, errors.Count == 1);
    }

    [Theory]
    [InlineData("Sari\u200bWulandari")]
    [InlineData("\ufeffSari")]
    [InlineData("Sari\U000E0041")]
    [InlineData("Sari\uffff")]
    [InlineData("Sari\ufdd0")]
    [InlineData("Sari\ue000")]
    [InlineData("Sari\U00100000")]
    [InlineData("S\ufffdri")]
    [InlineData("Sa\u0301\u0302\u0303\u0304\u0305ri")]
    public void CheckSingleLine_RefusesInvisiblePrivateUnassignedReplacementAndMarkFloods(string name)
    {
        Assert.NotNull(ApplicationDataValidator.CheckSingleLine(name, "Nama", 200));
    }

    [Theory]
    [InlineData("Ni'matul Ma\u2019rifah")]
    [InlineData("Jos\u00e9 M\u00fcller")]
    [InlineData("Rene\u0301e")]
    [InlineData("Nguy\u1ec5n Th\u1ecb")]
    [InlineData("Ti\u1ebfng Vi\u1ec7t \u0e01\u0e34\u0e4a")]
    public void CheckSingleLine_TakesOrdinaryNamesAccentsAndAFewMarks(string name)
    {
        Assert.Null(ApplicationDataValidator.CheckSingleLine(name, "Nama", 200));
    }

    [Fact]
    public void Printable_CutsLongValuesAt100Characters()
    {
        Assert.Equal(new string('x', 100) + "…", ApplicationDataValidator.Printable(new string('x', 3_000_000)));
        Assert.Equal("sip-dokter", ApplicationDataValidator.Printable("sip-dokter"));
    }
}
