using System.Globalization;
using Bunit;
using Mpp.Workflows.Designer.Components.Flow;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>A form field filled from the applicant's NIK or phone shows the format it has without saying so, not "Bebas".</summary>
public sealed class FormFieldsEditorTests : BunitContext
{
    [Fact]
    public void AFieldFilledFromTheApplicantsNik_ShowsTheNikFormat()
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
        try
        {
            var fields = new JsonArray(
                new JsonObject { ["name"] = "nik", ["type"] = "String", ["displayName"] = "NIK", ["applicant"] = "nik" },
                new JsonObject { ["name"] = "catatan", ["type"] = "String", ["displayName"] = "Catatan" });

            var editor = Render<FormFieldsEditor>(parameters => parameters.Add(p => p.Fields, fields));

            Assert.Equal("Sesuai data pemohon: NIK (16 digit)", editor.Find("#ff-0-format option[value='']").TextContent.Trim());
            Assert.Equal("Bebas", editor.Find("#ff-1-format option[value='']").TextContent.Trim());
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>Relabelling a field renames its key, and the permit follows: it still prints the holder's name.</summary>
    [Fact]
    public void ARelabelledField_KeepsThePermitPrintingIt()
    {
        var fields = new JsonArray(new JsonObject { ["name"] = "namaLengkap", ["type"] = "String", ["displayName"] = "Nama lengkap" });
        var document = new JsonObject
        {
            ["inputs"] = fields,
            ["options"] = new JsonObject
            {
                ["permit"] = new JsonObject
                {
                    ["title"] = "SURAT IZIN {namaLengkap}", ["holderNameField"] = "namaLengkap", ["holderNikField"] = "nik",
                    ["fields"] = new JsonArray(new JsonObject { ["field"] = "namaLengkap", ["label"] = "Nama" }),
                },
            },
        };

        var editor = Render<FormFieldsEditor>(parameters => parameters.Add(p => p.Fields, fields).Add(p => p.Document, document));
        editor.Find("#ff-0-label").Change("Nama penyelenggara");

        Assert.Equal("namaPenyelenggara", (string?)fields[0]!["name"]);
        var permit = document["options"]!["permit"]!;
        Assert.Equal("namaPenyelenggara", (string?)permit["holderNameField"]);
        Assert.Equal("nik", (string?)permit["holderNikField"]);
        Assert.Equal("namaPenyelenggara", (string?)permit["fields"]![0]!["field"]);
        Assert.Equal("SURAT IZIN {namaPenyelenggara}", (string?)permit["title"]);
    }
}
