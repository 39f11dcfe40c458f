using Bunit;
using Mpp.Workflows.Designer.Components.Flow;
using Mpp.Workflows.Designer.Definitions;
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
        var preview = MigrationPreviewView.Of(new MigrationPreview("sip-dokter", 1, 2, [], [movable, .. blocked]), _ => true);

        var tables = Render<MigrationPreviewTables>(p => p.Add(x => x.Preview, preview).Add(x => x.StepName, Name));

        Assert.Equal(
            ["M-1", "Sari", "Sedang diproses", "Penandatanganan SIP", "Penandatanganan izin (tetap dipegang dpmptsp.signer)"],
            tables.FindAll("[data-testid=movable-files] tbody td").Select(td => string.Join(' ', td.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        var texts = tables.FindAll("[data-testid=blocked-files] tbody tr").Select(tr => tr.Children[4].TextContent).ToList();
        Assert.Equal(reasons.Length, texts.Distinct().Count());
        Assert.Contains("Berkas menunggu di langkah \"Penandatanganan SIP\", yang tidak ada di versi 2 dan belum dipilihkan padanannya.", texts);
        Assert.All(texts, t => Assert.DoesNotMatch("(?i)the file|step|version", t));
    }

    [Fact]
    public void PreviewTables_ForAReaderOfNoneOfTheFiles_CountPerStepAndReason_WithoutNumbersOrNames()
    {
        MigrationFilePreview File(string number, string applicant, bool canMove, string? reason, params MigrationMove[] moves) =>
            new(Guid.NewGuid(), number, applicant, ApplicationStatuses.InProgress, 3, canMove, reason, canMove ? null : Sign, moves);
        var move = new MigrationMove(Sign, Signature, BookmarkKinds.Task);
        var preview = MigrationPreviewView.Of(new MigrationPreview("sip-dokter", 1, 2, [],
        [
            File("503-SIP-2026-000001", "Sari Wulandari", true, null, move), File("503-SIP-2026-000002", "Budi Santoso", true, null, move),
            File("503-SIP-2026-000003", "Ani Lestari", false, MigrationReasons.NoCounterpart),
        ]), _ => false);

        var tables = Render<MigrationPreviewTables>(p => p.Add(x => x.Preview, preview).Add(x => x.StepName, Name));

        Assert.Equal(["Penandatanganan SIP", "Penandatanganan izin", "2"], tables.FindAll("[data-testid=migration-moves] tbody td").Select(td => td.TextContent.Trim()));
        Assert.Equal("1", tables.Find("[data-testid=migration-blocked] tr[data-reason=NoCounterpart] td:last-child").TextContent.Trim());
        Assert.Empty(tables.FindAll("[data-testid=movable-files], [data-testid=blocked-files]"));
        Assert.Contains("3 berkas", tables.Find("[data-testid=files-hidden]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotMatch("503-SIP|Sari|Budi|Ani", tables.Markup);
    }

    [Fact]
    public void MappingTable_ReportsAChosenCounterpart_AndNoCounterpartAsNull()
    {
        var step = new MigrationStep(Sign, "Mpp.HumanTask", null, false, [Signature]);
        var choices = new List<(string, string?)>();
        var table = Render<MigrationMappingTable>(p => p
            .Add(x => x.Preview, MigrationPreviewView.Of(new MigrationPreview("sip-dokter", 1, 2, [step], []), _ => true))
            .Add(x => x.StepName, Name)
            .Add(x => x.OnChoose, (ValueTuple<string, string?> c) => choices.Add(c)));

        Assert.Equal("Padanan langkah Penandatanganan SIP", table.Find("label").TextContent);
        Assert.Contains("tidak ada padanan", table.Find("tr[data-step=sign-permit]").TextContent, StringComparison.Ordinal);
        table.Find("select").Change("tandatangan-izin");
        table.Find("select").Change(string.Empty);

        Assert.Equal([("sign-permit", "tandatangan-izin"), ("sign-permit", (string?)null)], choices);
    }
}
