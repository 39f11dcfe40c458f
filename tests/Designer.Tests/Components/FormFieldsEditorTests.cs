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
}
