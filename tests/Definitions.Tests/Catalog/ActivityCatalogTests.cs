using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Definitions.Catalog.Activities;
using static Mpp.Workflows.Definitions.Tests.Build;

namespace Mpp.Workflows.Definitions.Tests.Catalog;

public class ActivityCatalogTests
{
    [Fact]
    public void Default_HasTheElevenV1Types()
    {
        string[] expected =
        [
            ActivityTypes.Start, ActivityTypes.HumanTask, ActivityTypes.ApplicantRevision, ActivityTypes.FlowDecision, ActivityTypes.FlowSwitch,
            ActivityTypes.FlowFork, ActivityTypes.FlowJoin, ActivityTypes.IssueDocument, ActivityTypes.SendEmail, ActivityTypes.Delay, ActivityTypes.End,
        ];

        Assert.Equal(expected, ActivityCatalog.Default.Descriptors.Select(d => d.Type));
    }

    [Fact]
    public void DescriptorFile_DescribesExactlyTheRegisteredTypes()
    {
        Assert.Equal(
            ActivityCatalog.Default.Types.Select(t => t.Descriptor.Type).Order(StringComparer.Ordinal),
            ActivityDescriptors.Types.Order(StringComparer.Ordinal));
        Assert.Throws<InvalidOperationException>(() => ActivityDescriptors.Get("Elsa.WriteLine"));
    }

    public static TheoryData<string, string, string[]> Choices => new()
    {
        { ActivityTypes.End, "result", [.. EndActivity.Results] },
        { ActivityTypes.FlowJoin, "mode", [.. FlowJoinActivity.Modes] },
        { ActivityTypes.IssueDocument, "kind", [.. IssueDocumentActivity.Kinds] },
        { ActivityTypes.SendEmail, "attachments", [.. IssueDocumentActivity.Kinds] },
    };

    [Theory]
    [MemberData(nameof(Choices))]
    public void DropdownChoicesInTheFile_AreTheOnesTheValidatorAccepts(string type, string input, string[] accepted)
    {
        var descriptor = ActivityCatalog.Default.Find(type)!.Descriptor.Inputs.Single(i => i.Name == input);

        Assert.Equal(accepted, descriptor.Options);
    }

    [Fact]
    public void Find_IsCaseInsensitiveAndNullForUnknownTypes()
    {
        Assert.Same(ActivityCatalog.Default.Find("Mpp.HumanTask"), ActivityCatalog.Default.Find("mpp.humantask"));
        Assert.Null(ActivityCatalog.Default.Find("Elsa.WriteLine"));
    }

    [Fact]
    public void Descriptors_HavePaletteTextAndDescribeEveryInput()
    {
        Assert.All(ActivityCatalog.Default.Descriptors, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.DisplayName));
            Assert.Contains(d.Category, new[] { "Alur", "Tugas", "Dokumen", "Pemberitahuan", "Waktu" });
            Assert.False(string.IsNullOrWhiteSpace(d.Description));
            Assert.All(d.Inputs, i => Assert.False(string.IsNullOrWhiteSpace(i.DisplayName) || string.IsNullOrWhiteSpace(i.UiHint)));
        });
    }

    [Fact]
    public void WaitStates_AreTaskRevisionAndDelay()
    {
        Assert.Equal([ActivityTypes.HumanTask, ActivityTypes.ApplicantRevision, ActivityTypes.Delay],
            ActivityCatalog.Default.Descriptors.Where(d => d.IsWaitState).Select(d => d.Type));
    }

    public static TheoryData<string, string[]> Ports => new()
    {
        { ActivityTypes.Start, ["Done"] },
        { ActivityTypes.ApplicantRevision, ["Resubmitted", "Expired"] },
        { ActivityTypes.FlowDecision, ["True", "False"] },
        { ActivityTypes.FlowJoin, ["Done"] },
        { ActivityTypes.IssueDocument, ["Done"] },
        { ActivityTypes.SendEmail, ["Done"] },
        { ActivityTypes.Delay, ["Done"] },
        { ActivityTypes.End, [] },
    };

    [Theory]
    [MemberData(nameof(Ports))]
    public void FixedPorts_AreDeclaredAndReturned(string type, string[] ports)
    {
        var activity = ActivityCatalog.Default.Find(type)!;

        Assert.Equal(ports, activity.Descriptor.Ports.Select(p => p.Name));
        Assert.Equal(ports, activity.GetOutboundPorts(Node("a", type)));
        Assert.Null(activity.Descriptor.DynamicPortsInput);
    }

    [Fact]
    public void DynamicPorts_ComeFromOutcomesBranchesAndCases()
    {
        var catalog = ActivityCatalog.Default;

        Assert.Equal(["Setuju", "Tolak"], catalog.Find(ActivityTypes.HumanTask)!.GetOutboundPorts(Task("t", "Setuju", "Tolak")));
        Assert.Equal(["teknis", "lingkungan"], catalog.Find(ActivityTypes.FlowFork)!.GetOutboundPorts(Fork("f", "teknis", "lingkungan")));
        Assert.Equal(["Besar", "Kecil", "Default"], catalog.Find(ActivityTypes.FlowSwitch)!.GetOutboundPorts(Switch("s", ("Besar", "true"), ("Kecil", "false"))));
        Assert.Equal(
            [("outcomes", ""), ("branches", ""), ("cases", "Default")],
            new[] { ActivityTypes.HumanTask, ActivityTypes.FlowFork, ActivityTypes.FlowSwitch }
                .Select(t => catalog.Find(t)!.Descriptor)
                .Select(d => (d.DynamicPortsInput!, string.Join(",", d.Ports.Select(p => p.Name)))));
    }
}
