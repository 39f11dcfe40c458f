using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Tests.Documents;

/// <summary>
/// A permit kept with the route (<c>options.permit</c>, written in the studio) is the route's template: it wins over a
/// template file, takes the route's validity years and legal basis unless it says its own, and a broken one says why.
/// </summary>
public sealed class RoutePermitTests
{
    private static WorkflowDefinition Route(string options) => DefinitionJsonReader.Read(
        $$"""{ "definitionId": "izin-keramaian", "name": "Izin Keramaian", "options": {{options}}, "root": {} }""");

    private const string Permit = """
        "permit": { "title": "IZIN KERAMAIAN {namaAcara}", "grantStatement": "Memberikan izin keramaian kepada:",
                    "holderNameField": "namaLengkap", "holderNikField": "nik",
                    "fields": [ { "field": "tanggalAcara", "label": "Tanggal acara" }, { "field": "jumlahTamu", "label": "Jumlah tamu", "suffix": " orang" } ] }
        """;

    [Fact]
    public void RoutePermit_TakesTheRoutesYearsAndLegalBasis_AndFillsFromTheApplication()
    {
        var template = PermitTemplate.FromDefinition(Route($$"""{ "permitValidityYears": 2, "legalBasis": ["Perbup 12/2024"], {{Permit}} }""")
            )!;
        var data = new JsonObject { ["namaLengkap"] = "Budi", ["nik"] = "3327011204850003", ["namaAcara"] = "Pesta Rakyat", ["jumlahTamu"] = 300 };

        var content = template.CreateContent(DocumentSamples.Issue("izin-keramaian"), data);

        Assert.Equal("izin-keramaian", template.Route);
        Assert.Equal("IZIN KERAMAIAN PESTA RAKYAT", content.Title);
        Assert.Equal(DocumentSamples.IssuedOn.AddYears(2), content.ValidUntil);
        Assert.Equal(["Perbup 12/2024"], content.LegalBasis);
        Assert.Equal([new PermitField("Tanggal acara", "-"), new PermitField("Jumlah tamu", "300 orang")], content.Fields);
        Assert.Equal("Budi", content.HolderName);
    }

    [Fact]
    public void RoutePermit_WithoutYears_HasNoEndDate_AndItsOwnValidityWins()
    {
        var open = PermitTemplate.FromDefinition(Route($$"""{ "permitValidityYears": 0, {{Permit}} }"""))!;
        var own = PermitTemplate.FromDefinition(Route($$"""{ "permitValidityYears": 5, {{Permit.Replace("\"fields\"", "\"validity\": { \"months\": 3 }, \"fields\"", StringComparison.Ordinal)}} }"""))!;

        Assert.Null(open.CreateContent(DocumentSamples.Issue("x"), []).ValidUntil);
        Assert.False(string.IsNullOrWhiteSpace(open.CreateContent(DocumentSamples.Issue("x"), []).ValidityNote));
        Assert.Equal(DocumentSamples.IssuedOn.AddMonths(3), own.CreateContent(DocumentSamples.Issue("x"), []).ValidUntil);
    }

    [Fact]
    public void Catalog_PrefersTheRoutesPermit_OverTheFile_AndFallsBackToTheFile()
    {
        var catalog = new PermitTemplateCatalog(DocumentSamples.TemplatesDirectory);
        var withOwn = DefinitionJsonReader.Read($$"""{ "definitionId": "sip-dokter", "options": { {{Permit}} }, "root": {} }""");
        var withoutOwn = DefinitionJsonReader.Read("""{ "definitionId": "sip-dokter", "root": {} }""");

        Assert.StartsWith("IZIN KERAMAIAN", catalog.For(withOwn)!.Title, StringComparison.Ordinal);
        Assert.StartsWith("SURAT IZIN PRAKTIK", catalog.For(withoutOwn)!.Title, StringComparison.Ordinal);
        Assert.Null(catalog.For(Route("{}")));
    }

    [Fact]
    public void RoutePermit_WithoutTitle_IsRefusedWithTheReason()
    {
        var error = Assert.Throws<InvalidDataException>(() => PermitTemplate.FromDefinition(Route("""{ "permit": { "fields": [] } }""")));

        Assert.Contains("title", error.Message, StringComparison.Ordinal);
    }
}
