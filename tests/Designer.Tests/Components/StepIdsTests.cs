using Blazor.Diagrams;
using Blazor.Diagrams.Core.Geometry;
using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Designer.Components.Flow;
using Mpp.Workflows.Designer.Definitions;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>Readable ids: slugs and keys made from names, step ids that stay unique and carry their connections when renamed.</summary>
public sealed class StepIdsTests
{
    [Theory]
    [InlineData("Periksa kelengkapan berkas", "periksa-kelengkapan-berkas")]
    [InlineData("  Pemeriksaan Teknis (Dinas)  ", "pemeriksaan-teknis-dinas")]
    [InlineData("Verifikasi   lapangan — tahap 2", "verifikasi-lapangan-tahap-2")]
    [InlineData("Café Ñandú", "cafe-nandu")]
    [InlineData("!!!", "")]
    public void Kebab_MakesAReadableSlug(string name, string slug)
    {
        Assert.Equal(slug, Slugs.Kebab(name));
        Assert.True(slug.Length == 0 || Slugs.IsSlug(slug));
    }

    [Theory]
    [InlineData("Nama acara", "namaAcara")]
    [InlineData("NIK pemilik", "nikPemilik")]
    [InlineData("2 lantai", "isian2Lantai")]
    public void Camel_MakesAFieldKey(string label, string key) => Assert.Equal(key, Slugs.Camel(label));

    [Theory]
    [InlineData("cek-berkas", true)]
    [InlineData("Cek-berkas", false)]
    [InlineData("cek--berkas", false)]
    [InlineData("cek berkas", false)]
    [InlineData("-cek", false)]
    [InlineData("", false)]
    public void IsSlug_LowerCaseWordsJoinedBySingleDashes(string id, bool slug) => Assert.Equal(slug, Slugs.IsSlug(id));

    [Fact]
    public void NewSteps_TakeTheirNamesSlug_NumberedWhenTaken()
    {
        var diagram = new BlazorDiagram();
        var task = ActivityCatalog.Default.Find("Mpp.HumanTask")!.Descriptor;

        var first = FlowDiagram.Add(diagram, task, new Point(0, 0));
        var second = FlowDiagram.Add(diagram, task, new Point(0, 200));

        Assert.Equal("tugas-petugas", first.ActivityId);
        Assert.Equal("tugas-petugas-2", second.ActivityId);
        Assert.True(StepIds.FollowsName(second.ActivityId, "Tugas petugas"));
        Assert.False(StepIds.FollowsName("cek-berkas", "Tugas petugas"));
    }

    [Fact]
    public void Rename_CarriesTheConnections_AndRefusesATakenOrUnreadableId()
    {
        var diagram = new BlazorDiagram();
        var document = RouteSkeletons.Blank("uji", "Uji", null, []);
        FlowDiagram.Draw(diagram, document);
        var task = FlowDiagram.Find(diagram, "periksa-kelengkapan-berkas")!;

        Assert.Contains("sudah dipakai", StepIds.Rename(diagram, task, "mulai"), StringComparison.Ordinal);
        Assert.NotNull(StepIds.Rename(diagram, task, "Cek Berkas"));
        Assert.Null(StepIds.Rename(diagram, task, "cek-berkas"));
        FlowDiagram.WriteBack(diagram, document);

        var connections = document["root"]!["connections"]!.AsArray()
            .Select(c => $"{c!["source"]!["activity"]}:{c["source"]!["port"]}->{c["target"]!["activity"]}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["cek-berkas:Setuju->terbitkan-surat-izin", "cek-berkas:Tolak->ditolak", "mulai:Done->cek-berkas", "terbitkan-surat-izin:Done->disetujui"],
            connections);
        Assert.Contains(document["root"]!["activities"]!.AsArray(), a => (string?)a!["id"] == "cek-berkas");
    }
}
