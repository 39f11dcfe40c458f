using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Tests.Documents;

public sealed class PermitTemplateTests
{
    [Fact]
    public void LoadDirectory_ReadsTheShippedRoutes()
    {
        var templates = PermitTemplate.LoadDirectory(DocumentSamples.TemplatesDirectory);

        Assert.Equal(["pbg", "reklame", "sip-dokter", "sip-dokter-perpanjangan"], templates.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("sip-dokter-perpanjangan", templates["sip-dokter"].RenewalRoute);
        Assert.Equal("nomorIzinLama", templates["sip-dokter-perpanjangan"].Validity.ContinuesFrom);
    }

    [Theory]
    [InlineData("Dokter", "SURAT IZIN PRAKTIK DOKTER")]
    [InlineData("Dokter Gigi", "SURAT IZIN PRAKTIK DOKTER GIGI")]
    [InlineData("Bidan", "SURAT IZIN PRAKTIK BIDAN")]
    public void SipTitle_NamesTheProfession(string profession, string expected)
    {
        var data = DocumentSamples.Application("sip-dokter");
        data["profesi"] = profession;

        Assert.Equal(expected, DocumentSamples.Template("sip-dokter").BuildTitle(data));
    }

    [Fact]
    public void SipTitle_WithoutProfession_DropsThePlaceholder()
    {
        Assert.Equal("SURAT IZIN PRAKTIK", DocumentSamples.Template("sip-dokter").BuildTitle([]));
    }

    [Fact]
    public void CreateContent_Sip_IsValidFiveYearsWithStrNote()
    {
        var content = DocumentSamples.Permit("sip-dokter");

        Assert.Equal(new DateOnly(2026, 11, 27), content.ValidFrom);
        Assert.Equal(new DateOnly(2031, 11, 27), content.ValidUntil);
        Assert.Contains("STR", content.ValidityNote, StringComparison.Ordinal);
        Assert.Equal("dr. Ahmad Fauzi", content.HolderName);
        Assert.Equal("3327011204850003", content.HolderNik);
        Assert.Contains(new PermitField("Nomor STR", "KT00000123456789"), content.Fields);
    }

    [Fact]
    public void CreateContent_Pbg_HasNoEndDateAndPrintsUnitsInIndonesianNotation()
    {
        var data = DocumentSamples.Application("pbg");
        data["luasLantai"] = 1250.5;

        var content = DocumentSamples.Template("pbg").CreateContent(DocumentSamples.Issue("pbg"), data);

        Assert.Null(content.ValidUntil);
        Assert.False(string.IsNullOrWhiteSpace(content.ValidityNote));
        Assert.Contains(new PermitField("Luas Lantai", "1.250,5 m²"), content.Fields);
        Assert.Contains(new PermitField("Jumlah Lantai", "2 lantai"), content.Fields);
    }

    [Fact]
    public void BuildFields_MissingOrBlankValues_ShowDashWithoutSuffix()
    {
        var data = new JsonObject { ["namaPemilik"] = "Budi", ["alamatBangunan"] = "  ", ["nomorPersil"] = null };

        var fields = DocumentSamples.Template("pbg").BuildFields(data);

        Assert.Equal(
            [
                new PermitField("Alamat Bangunan", "-"), new PermitField("Fungsi Bangunan", "-"), new PermitField("Luas Lantai", "-"),
                new PermitField("Jumlah Lantai", "-"), new PermitField("Nomor Persil", "-"),
            ],
            fields);
    }

    [Fact]
    public void CreateContent_MissingHolder_ShowsDash()
    {
        var content = DocumentSamples.Template("reklame").CreateContent(DocumentSamples.Issue("reklame"), []);

        Assert.Equal("-", content.HolderName);
        Assert.Equal("-", content.HolderNik);
    }

    [Theory]
    [InlineData("\"2027-05-31\"", 2027, 5, 31)]
    [InlineData("\"2027-11-27\"", 2027, 11, 27)]
    [InlineData("\"2028-01-31\"", 2027, 11, 27)]
    [InlineData("\"2026-11-01\"", 2027, 11, 27)]
    [InlineData("\"31/05/2027\"", 2027, 11, 27)]
    [InlineData("null", 2027, 11, 27)]
    public void CreateContent_Reklame_RunsToMasaBerlakuCappedAtOneYear(string masaBerlaku, int year, int month, int day)
    {
        var data = DocumentSamples.Application("reklame");
        data["masaBerlaku"] = JsonNode.Parse(masaBerlaku);

        var content = DocumentSamples.Template("reklame").CreateContent(DocumentSamples.Issue("reklame"), data);

        Assert.Equal(new DateOnly(year, month, day), content.ValidUntil);
    }

    [Fact]
    public void FromJson_RejectsUnknownProperty()
    {
        const string Json = """
            { "schemaVersion": 1, "route": "x", "title": "T", "grantStatement": "G", "holderNameField": "a", "holderNikField": "b",
              "fields": [], "validity": { "years": 1 }, "legalBasis": [], "colour": "red" }
            """;

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => PermitTemplate.FromJson(Json));
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 2, "route": "x", "title": "T", "grantStatement": "G", "holderNameField": "a", "holderNikField": "b", "fields": [], "validity": { "years": 1 } }""")]
    [InlineData("""{ "schemaVersion": 1, "route": "x", "title": "T", "grantStatement": "G", "holderNameField": "a", "holderNikField": "b", "fields": [], "validity": { } }""")]
    [InlineData("""{ "schemaVersion": 1, "route": "x", "title": "T", "grantStatement": "G", "holderNameField": "a", "holderNikField": "b", "fields": [], "validity": { "untilField": "d", "note": "n" } }""")]
    [InlineData("""{ "schemaVersion": 1, "route": "x", "title": "T", "grantStatement": "G", "holderNameField": "a", "holderNikField": "b", "fields": [ { "field": "f", "label": "F" }, { "field": "f", "label": "G" } ], "validity": { "years": 1 } }""")]
    public void FromJson_RejectsInconsistentTemplate(string json)
    {
        Assert.Throws<InvalidDataException>(() => PermitTemplate.FromJson(json));
    }
}
