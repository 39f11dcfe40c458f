using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Tests.Documents;

/// <summary>The refusal letter quotes the decision that refused, not whichever task was commented last.</summary>
public sealed class RejectionReasonsTests
{
    private static readonly Guid Instance = Guid.NewGuid();
    private static readonly DateTimeOffset At = new(2026, 8, 3, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void From_ReturnsTheRefusingDecisionsComment_OneReasonPerLine()
    {
        var history = History(
            Decided("check-completeness", "Lengkap", "Berkas lengkap"),
            Decided("health-recommendation", "Tolak", "STR sudah tidak berlaku\n  Surat sehat kedaluwarsa  "),
            Requested("issue-rejection"));

        Assert.Equal(["STR sudah tidak berlaku", "Surat sehat kedaluwarsa"], RejectionReasons.From(history));
    }

    /*  fork --> survey-satpolpp --Layak (commented)--> join
             --> survey-pupr --TidakLayak (no comment)--> issue-rejection                                              */
    [Fact]
    public void From_RefusingDecisionWithoutComment_IsTheFallback_NotAParallelTasksComment()
    {
        var history = History(
            Decided("check-completeness", "Lengkap", "Berkas lengkap"),
            Decided("survey-satpolpp", "Layak", "Lokasi papan aman dari jalan"),
            Decided("survey-pupr", "TidakLayak", null),
            Requested("issue-rejection"),
            Entry("survey-satpolpp", AuditEvents.Cancelled, null, null));

        Assert.Equal([RejectionReasons.Fallback], RejectionReasons.From(history));
    }

    /*  sign-permit --Tolak--> issue-rejection --> archive-letter (a later task, commented) --> email-rejection          */
    [Fact]
    public void From_TaskDecidedAfterTheRequest_DoesNotReplaceTheRefusingComment()
    {
        var history = History(
            Decided("sign-permit", "Tolak", "Tata ruang tidak mengizinkan reklame di lokasi ini"),
            Requested("issue-rejection"),
            Decided("archive-letter", "Selesai", "Surat diarsipkan di lemari 3"));

        Assert.Equal(["Tata ruang tidak mengizinkan reklame di lokasi ini"], RejectionReasons.From(history));
    }

    [Fact]
    public void From_OtherDocumentsRequestedLater_DoNotMoveTheRefusal()
    {
        var history = History(
            Decided("survey-pupr", "TidakLayak", "Konstruksi rangka tidak layak"),
            Requested("issue-rejection"),
            Decided("follow-up", "Selesai", "Catatan tindak lanjut"),
            Entry("issue-notice", AuditEvents.DocumentRequested, DocumentKinds.Permit, null));

        Assert.Equal(["Konstruksi rangka tidak layak"], RejectionReasons.From(history));
    }

    [Fact]
    public void From_NoDecisionOrNoRequest_FallsBack()
    {
        Assert.Equal([RejectionReasons.Fallback], RejectionReasons.From(History(Requested("issue-rejection"))));
        Assert.Equal([RejectionReasons.Fallback], RejectionReasons.From([]));
        Assert.Equal(["Ditolak"], RejectionReasons.From(History(Decided("a", "Lanjut", "Catatan"), Decided("b", "Tolak", "Ditolak"))));
    }

    private static List<AuditEvent> History(params AuditEvent[] entries) =>
        [new AuditEvent(Instance, At, "pemohon", null, AuditEvents.Submitted, Sequence: 1),
            .. entries.Select((entry, i) => entry with { Sequence = i + 2 })];

    private static AuditEvent Decided(string activityId, string outcome, string? comment) =>
        Entry(activityId, AuditEvents.TaskCompleted, outcome, comment);

    private static AuditEvent Requested(string activityId) =>
        Entry(activityId, AuditEvents.DocumentRequested, DocumentKinds.Rejection, null);

    private static AuditEvent Entry(string activityId, string name, string? outcome, string? comment) =>
        new(Instance, At, "petugas", activityId, name, outcome, comment);
}
