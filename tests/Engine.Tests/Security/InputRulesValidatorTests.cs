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
}
