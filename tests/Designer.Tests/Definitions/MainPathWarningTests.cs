using Mpp.Workflows.Definitions;
using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;
using Mpp.Workflows.Designer.Definitions;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// The shipped routes' main paths (what their service standards publish as procedure and completion time), and the studio's
/// warning when that completion time exceeds the statutory days, in the analyst's language.
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

    [Fact]
    public void MainPathOverTheStatutoryDays_IsWarnedOf_InIndonesianAndEnglish()
    {
        // SIP: 1 + 1 + 6 + 2 = 10 working days on the main path.
        var definition = Shipped("sip-dokter.json");
        definition = definition with { Options = definition.Options with { StatutoryDays = 9 } };

        var warning = ServiceChecks.Find(definition, []).Single(w => w.Code == ValidationCodes.MainPathOverStatutory);

        Assert.Equal(ValidationSeverity.Warning, warning.Severity);
        Assert.Equal("$.options.statutoryDays", warning.Path);
        var messages = new ValidationMessages(definition);
        Assert.StartsWith("Waktu penyelesaian yang diterbitkan di standar pelayanan (jumlah batas waktu tugas pada jalur utama: 10 hari kerja) "
            + "melebihi batas waktu menurut peraturan (9 hari kerja).", InCulture("id-ID", () => messages.Render(warning)), StringComparison.Ordinal);
        Assert.StartsWith("The completion time the service standard publishes (the task deadlines on the main path: 10 working days) exceeds "
            + "the statutory 9 working days.", InCulture("en-US", () => messages.Render(warning)), StringComparison.Ordinal);
    }

    [Fact]
    public void MainPathWithinTheStatutoryDays_IsNotWarnedOf()
    {
        var definition = Shipped("sip-dokter.json");
        definition = definition with { Options = definition.Options with { StatutoryDays = 10 } };

        Assert.DoesNotContain(ServiceChecks.Find(definition, []), w => w.Code == ValidationCodes.MainPathOverStatutory);
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
