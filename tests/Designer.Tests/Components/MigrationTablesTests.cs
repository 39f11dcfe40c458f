using Bunit;
using Mpp.Workflows.Designer.Components.Flow;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>The migration page's tables: every reason a file cannot move reads as Indonesian, and a chosen counterpart is reported.</summary>
public sealed class MigrationTablesTests : BunitContext
{
    private static readonly MigrationStepRef Sign = new("sign-permit", "Penandatanganan SIP");
    private static readonly MigrationStepRef Signature = new("tandatangan-izin", "Penandatanganan izin");

    private static string Name(MigrationStepRef? step) => step?.Name ?? step?.Id ?? string.Empty;

    public MigrationTablesTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");

    [Fact]
    public void PreviewTables_ShowWhereEachFileLands_AndEveryReasonInIndonesian()
    {
        string[] reasons =
        [
            MigrationReasons.Finished, MigrationReasons.Faulted, MigrationReasons.NoCounterpart, MigrationReasons.KindChanged,
            MigrationReasons.ParallelBranches, MigrationReasons.ChangedMeanwhile, MigrationReasons.NotOnVersion, MigrationReasons.Unknown,
        ];
        var blocked = reasons.Select((r, i) => new MigrationFilePreview(
            Guid.NewGuid(), $"B-{i}", "Budi", ApplicationStatuses.InProgress, 1, false, r, Sign, []));
        var movable = new MigrationFilePreview(
            Guid.NewGuid(), "M-1", "Sari", ApplicationStatuses.InProgress, 4, true, null, null,
            [new MigrationMove(Sign, Signature, BookmarkKinds.Task, "dpmptsp.signer", AssigneeKept: true)]);
        var preview = new MigrationPreview("sip-dokter", 1, 2, [], [movable, .. blocked]);

        var tables = Render<MigrationPreviewTables>(p => p.Add(x => x.Preview, preview).Add(x => x.StepName, Name));

        Assert.Equal(
            ["M-1", "Sari", "Sedang diproses", "Penandatanganan SIP", "Penandatanganan izin (tetap dipegang dpmptsp.signer)"],
            tables.FindAll("[data-testid=movable-files] tbody td").Select(td => string.Join(' ', td.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        var texts = tables.FindAll("[data-testid=blocked-files] tbody tr").Select(tr => tr.Children[3].TextContent).ToList();
        Assert.Equal(reasons.Length, texts.Distinct().Count());
        Assert.Contains("Berkas menunggu di langkah \"Penandatanganan SIP\", yang tidak ada di versi 2 dan belum dipilihkan padanannya.", texts);
        Assert.All(texts, t => Assert.DoesNotMatch("(?i)the file|step|version", t));
    }

    [Fact]
    public void MappingTable_ReportsAChosenCounterpart_AndNoCounterpartAsNull()
    {
        var step = new MigrationStep(Sign, "Mpp.HumanTask", null, false, [Signature]);
        var choices = new List<(string, string?)>();
        var table = Render<MigrationMappingTable>(p => p
            .Add(x => x.Preview, new MigrationPreview("sip-dokter", 1, 2, [step], []))
            .Add(x => x.StepName, Name)
            .Add(x => x.OnChoose, (ValueTuple<string, string?> c) => choices.Add(c)));

        Assert.Equal("Padanan langkah Penandatanganan SIP", table.Find("label").TextContent);
        Assert.Contains("tidak ada padanan", table.Find("tr[data-step=sign-permit]").TextContent, StringComparison.Ordinal);
        table.Find("select").Change("tandatangan-izin");
        table.Find("select").Change(string.Empty);

        Assert.Equal([("sign-permit", "tandatangan-izin"), ("sign-permit", (string?)null)], choices);
    }
}
