using Mpp.Workflows.Definitions;
using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;
using Mpp.Workflows.Designer.Definitions;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// The shipped routes' main paths (what their service standards publish as procedure), and the studio's warnings, in the
/// analyst's language: the whole main path beyond the service time (counted from submission), and the steps after the file is
/// declared complete beyond the statutory days (counted from that moment).
/// </summary>
public sealed class MainPathWarningTests
{
    [Theory]
    [InlineData("sip-dokter.json", 10, "check-completeness,verify-file,health-recommendation,sign-permit,issue-permit,email-permit")]
    [InlineData("reklame.json", 9, "check-completeness,survey-pupr,survey-satpolpp,pay-tax,sign-permit,issue-permit,email-permit")]
    [InlineData("pbg.json", 35, "register,technical-consultation,environmental-check,assess-fee,confirm-payment,sign-permit,issue-permit,email-permit")]
    public void ShippedRoutes_HaveTheMainPathTheirStandardsPublish(string file, int days, string steps)
    {
        var path = MainPath.Find(Shipped(file).Root)!;

        Assert.Equal(steps.Split(','), path.Steps.Select(s => s.Activity.Id));
        Assert.Equal(days, path.Days);
    }

    [Theory]
    [InlineData("sip-dokter.json")]
    [InlineData("sip-dokter-perpanjangan.json")]
    [InlineData("reklame.json")]
    [InlineData("pbg.json")]
    public void ShippedRoutes_AreNotWarnedOfDeadlines_TheStatutoryDaysCountFromCompleteness_NotFromSubmission(string file)
    {
        // SIP: 10 days on the main path, its service time 10; the 8 statutory days run after verify-file (6 + 2).
        var warnings = ServiceChecks.Find(Shipped(file), []).Select(w => w.Code);

        Assert.DoesNotContain(ValidationCodes.MainPathOverStatutory, warnings);
        Assert.DoesNotContain(ValidationCodes.MainPathOverServiceTime, warnings);
        Assert.DoesNotContain(ValidationCodes.SlaOverStatutory, warnings);
    }

    [Fact]
    public void MainPathAfterCompletenessOverTheStatutoryDays_IsWarnedOf_InIndonesianAndEnglish()
    {
        // SIP: health-recommendation (6) + sign-permit (2) after verify-file, which marks the file complete.
        var definition = Shipped("sip-dokter.json");
        definition = definition with { Options = definition.Options with { StatutoryDays = 7 } };

        var warnings = ServiceChecks.Find(definition, []).ToList();
        var warning = warnings.Single(w => w.Code == ValidationCodes.MainPathOverStatutory);

        Assert.DoesNotContain(warnings, w => w.Code == ValidationCodes.SlaOverStatutory);
        Assert.Equal(ValidationSeverity.Warning, warning.Severity);
        Assert.Equal("$.options.statutoryDays", warning.Path);
        var messages = new ValidationMessages(definition);
        Assert.Equal("Batas waktu menurut peraturan dihitung sejak berkas dinyatakan lengkap. Batas waktu tugas pada jalur utama sesudah tahap "
            + "yang menandai berkas lengkap berjumlah 8 hari kerja, melebihi batas waktu menurut peraturan (7 hari kerja). Perpendek batas "
            + "waktu tugas itu atau periksa batas waktu menurut peraturan.", InCulture("id-ID", () => messages.Render(warning)));
        Assert.StartsWith("The statutory days count from the moment the file is declared complete. The task deadlines on the main path after "
            + "the step that marks it complete add up to 8 working days, more than the statutory 7 working days.",
            InCulture("en-US", () => messages.Render(warning)), StringComparison.Ordinal);
    }

    [Fact]
    public void MainPathOverTheServiceTime_IsWarnedOf_OnTheServiceTimeSetting()
    {
        var definition = Shipped("sip-dokter.json");
        definition = definition with { Options = definition.Options with { SlaDays = 9 } };

        var warning = ServiceChecks.Find(definition, []).Single(w => w.Code == ValidationCodes.MainPathOverServiceTime);

        Assert.Equal("$.options.slaDays", warning.Path);
        Assert.Equal(["10", "9"], warning.Arguments);
        Assert.StartsWith("Waktu pelayanan yang dijanjikan kepada pemohon (9 hari kerja sejak permohonan diajukan) lebih pendek dari jumlah "
            + "batas waktu tugas pada jalur utama (10 hari kerja).", InCulture("id-ID", () => new ValidationMessages(definition).Render(warning)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void SlowerBranchAfterCompleteness_IsWarnedOf_WhenTheMainPathFits()
    {
        // PBG: the house consultation (off the main path) takes 30 days instead of 25: 30 + 1 + 5 + 2 = 38 after registration.
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Workflows, "pbg.json")))!;
        json["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "house-consultation")!["slaDays"]!["expression"]!["value"] = 30;
        var definition = DefinitionJsonReader.Read(json.ToJsonString());

        var warnings = ServiceChecks.Find(definition, []).ToList();

        Assert.DoesNotContain(warnings, w => w.Code == ValidationCodes.MainPathOverStatutory);
        var warning = warnings.Single(w => w.Code == ValidationCodes.SlaOverStatutory);
        Assert.Equal(["38", "33"], warning.Arguments);
        Assert.StartsWith("Jalur utama sesuai batas waktu, tetapi ada jalur lain", InCulture("id-ID", () => new ValidationMessages(definition).Render(warning)),
            StringComparison.Ordinal);
    }

    private static WorkflowDefinition Shipped(string file) =>
        DefinitionJsonReader.Read(File.ReadAllText(Path.Combine(RepoPaths.Workflows, file)));

    private static string InCulture(string culture, Func<string> render)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
