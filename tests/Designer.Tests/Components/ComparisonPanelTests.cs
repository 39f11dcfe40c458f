using Bunit;
using Mpp.Workflows.Designer.Components.Flow;
using Mpp.Workflows.Definitions.Validation;
using Mpp.Workflows.Designer.Definitions;
using Mpp.Workflows.Designer.Localization;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>The designer's comparison panel: one list per kind of difference, nothing for kinds without any.</summary>
public sealed class ComparisonPanelTests : BunitContext
{
    [Fact]
    public void Renders_EachNonEmptyKindOfDifference_AndOmitsTheOthers()
    {
        var diff = new DefinitionDiff(
            [new ActivityDifference("sign", "Mpp.HumanTask", "Tanda tangan", [])],
            [],
            [new ActivityDifference("verify", "Mpp.HumanTask", "Verifikasi", ["office", "slaDays"])],
            [new ConnectionDifference("verify", "Lengkap", "sign")],
            [new ConnectionDifference("verify", "Lengkap", "end")],
            ["options", "studio"],
            [new RenamedActivity("check", "Cek", "periksa", "Periksa berkas", "Mpp.HumanTask")],
            new Dictionary<string, string> { ["verify"] = "Verifikasi", ["sign"] = "Tanda tangan", ["end"] = string.Empty });

        var panel = Render<ComparisonPanel>(parameters => parameters.Add(p => p.Diff, diff).Add(p => p.PublishedVersion, 3));

        Assert.Contains("3", panel.Find("h2").TextContent, StringComparison.Ordinal);
        // Steps by name and kind, settings by label, outcomes and sections in words: no id, type name or JSON key.
        Assert.Equal("Tanda tangan (Tugas petugas)", panel.Find("[data-testid=added-activities] li").TextContent);
        Assert.Equal("Verifikasi (Tugas petugas): Instansi, Batas waktu (hari kerja)", panel.Find("[data-testid=changed-activities] li").TextContent);
        Assert.Equal("Verifikasi · Lengkap → Tanda tangan", panel.Find("[data-testid=added-connections] li").TextContent);
        Assert.Equal("Verifikasi · Lengkap → end", panel.Find("[data-testid=removed-connections] li").TextContent);
        Assert.Equal("Cek → Periksa berkas (Tugas petugas)", panel.Find("[data-testid=renamed-activities] li").TextContent);
        Assert.Equal(["Pengaturan layanan (biaya, waktu, persyaratan, surat izin)", "Uji coba tersimpan"],
            panel.FindAll("[data-testid=changed-sections] li").Select(li => li.TextContent));
        Assert.Empty(panel.FindAll("[data-testid=removed-activities]"));
        Assert.Empty(panel.FindAll("[data-testid=no-differences]"));
    }

    [Fact]
    public void ChangedSettings_ShowTheirOldAndNewValue_InWords()
    {
        var values = new Dictionary<string, ValueChange> { ["slaDays"] = new("3", "5"), ["role"] = new("verifier", "signer") };
        var diff = new DefinitionDiff([], [], [new ActivityDifference("verify", "Mpp.HumanTask", "Verifikasi", ["slaDays", "role", "outcomes"], values)], [], [], []);

        var panel = Render<ComparisonPanel>(parameters => parameters.Add(p => p.Diff, diff));

        Assert.Equal("Verifikasi (Tugas petugas): Batas waktu (hari kerja) 3 → 5, Peran " + Glossary.Role("verifier") + " → " + Glossary.Role("signer") + ", Keputusan",
            panel.Find("[data-testid=changed-activities] li").TextContent);
    }

    [Fact]
    public void PublishDialog_RepeatsTheRoutesWarnings_BeforeTheAnalystConfirms()
    {
        var warning = new ValidationError("$.options.statutoryDays", "Batas waktu tugas pada jalur utama berjumlah 12 hari kerja.") { Severity = ValidationSeverity.Warning };

        var dialog = Render<PublishDialog>(parameters => parameters.Add(p => p.Warnings, [warning]).Add(p => p.NextVersion, 2));
        var none = Render<PublishDialog>(parameters => parameters.Add(p => p.NextVersion, 2));

        Assert.Equal("Perhatian sebelum menerbitkan (1)", dialog.Find("[data-testid=publish-warnings] h3").TextContent);
        Assert.Equal(warning.Message, dialog.Find("[data-testid=publish-warnings] li").TextContent);
        Assert.Empty(none.FindAll("[data-testid=publish-warnings]"));
    }

    [Fact]
    public void Renders_NoDifferences_ForAnEmptyDiff_AndCloses()
    {
        var closed = false;
        var panel = Render<ComparisonPanel>(parameters => parameters
            .Add(p => p.Diff, new DefinitionDiff([], [], [], [], [], []))
            .Add(p => p.OnClose, () => closed = true));

        Assert.NotNull(panel.Find("[data-testid=no-differences]"));
        panel.Find("button").Click();
        Assert.True(closed);
    }
}
