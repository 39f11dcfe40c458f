using Mpp.Workflows.Engine.Model.Payloads;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Engine.Tests.Outbox;

public sealed class OutboxPayloadsTests
{
    private static readonly DateTimeOffset Due = new(2026, 3, 2, 16, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Every payload record, with and without its optional fields.</summary>
    public static TheoryData<OutboxPayload> EveryPayload => new()
    {
        new IssueDocumentPayload("Permit", "issue-permit"),
        new IssueDocumentPayload("Receipt", "start"),
        new IssueDocumentPayload("Rejection"),
        new ReceiptMailPayload("start"),
        new ReceiptMailPayload(),
        new RevisionRequestMailPayload("revise", "KTP tidak terbaca\nDenah belum ditandatangani"),
        new RevisionRequestMailPayload(),
        new ReminderMailPayload("sari@dpmptsp.local", "Sari Wulandari", "Verifikasi berkas", Due, IsOverdue: true),
        new ReminderMailPayload("sari@dpmptsp.local"),
        new StatutoryDeadlineMailPayload("kepala@dpmptsp.local", "Kepala Dinas", Due, 33),
        new StatutoryDeadlineMailPayload("kepala@dpmptsp.local"),
        new ActivityMailPayload("send-permit", "budi@example.org", "Izin Anda terbit", "Yth. Budi,\n\nIzin terlampir.", ["Permit", "Receipt"]),
        new ActivityMailPayload("send-rejection", Attachments: ["Rejection"]),
        new ActivityMailPayload(),
    };

    /// <summary>Rows as the runtime stored them before payloads had a version, and the record each must read as.</summary>
    public static TheoryData<string, string, OutboxPayload> StoredBeforeVersions => new()
    {
        { OutboxKinds.IssueDocument, LegacyPayloads.IssueDocument("issue-permit", "Permit"), new IssueDocumentPayload("Permit", "issue-permit") },
        {
            OutboxKinds.Email, LegacyPayloads.RevisionMail("revise", "KTP tidak terbaca\nDenah belum ditandatangani"),
            new RevisionRequestMailPayload("revise", "KTP tidak terbaca\nDenah belum ditandatangani")
        },
        { OutboxKinds.Email, LegacyPayloads.RevisionMail(null, null), new RevisionRequestMailPayload() },
        {
            OutboxKinds.Email, LegacyPayloads.ReminderMail("sari@dpmptsp.local", "Sari Wulandari", "Verifikasi berkas", Due, overdue: true),
            new ReminderMailPayload("sari@dpmptsp.local", "Sari Wulandari", "Verifikasi berkas", Due, IsOverdue: true)
        },
        {
            OutboxKinds.Email, LegacyPayloads.ReminderMail("sari@dpmptsp.local", "Sari", "Tinjau", null, overdue: false),
            new ReminderMailPayload("sari@dpmptsp.local", "Sari", "Tinjau")
        },
        {
            OutboxKinds.Email, LegacyPayloads.StatutoryMail("kepala@dpmptsp.local", "Kepala Dinas", Due, 33),
            new StatutoryDeadlineMailPayload("kepala@dpmptsp.local", "Kepala Dinas", Due, 33)
        },
        {
            OutboxKinds.Email, LegacyPayloads.ActivityMail("send-permit", null, "Izin Anda terbit", null, ["Permit"]),
            new ActivityMailPayload("send-permit", Subject: "Izin Anda terbit", Attachments: ["Permit"])
        },
        {
            OutboxKinds.Email, LegacyPayloads.ActivityMail("notify", "staf@dpmptsp.local", null, "Halo,\n\nAda berkas baru.", []),
            new ActivityMailPayload("notify", "staf@dpmptsp.local", Body: "Halo,\n\nAda berkas baru.", Attachments: [])
        },
    };

    [Theory]
    [MemberData(nameof(EveryPayload))]
    public void Write_ThenRead_GivesTheSameRecord(OutboxPayload payload)
    {
        var json = OutboxPayloads.Write(payload);

        var read = OutboxPayloads.Read(payload.OutboxKind, json);

        Assert.Equal(payload, read);
        Assert.IsType(payload.GetType(), read);
        Assert.Equal(json, OutboxPayloads.Write(read));
    }

    [Theory]
    [MemberData(nameof(EveryPayload))]
    public void Write_StampsTheSchemaVersion_AndAMailsTemplate(OutboxPayload payload)
    {
        var json = JsonNode.Parse(OutboxPayloads.Write(payload))!.AsObject();

        Assert.Equal(payload is ReceiptMailPayload ? 2 : 1, (int)json[OutboxPayloads.VersionProperty]!);
        Assert.Equal(payload is ReceiptMailPayload ? 2 : 1, payload.SchemaVersion);
        Assert.Equal((payload as MailPayload)?.Template, (string?)json[OutboxPayloads.TemplateProperty]);
    }

    [Theory]
    [MemberData(nameof(StoredBeforeVersions))]
    public void Read_TodaysStoredShape_WithoutAVersion_AsVersion1(string kind, string stored, OutboxPayload expected)
    {
        Assert.DoesNotContain(OutboxPayloads.VersionProperty, stored, StringComparison.Ordinal);

        Assert.Equal(expected, OutboxPayloads.Read(kind, stored));
    }

    [Theory]
    [MemberData(nameof(StoredBeforeVersions))]
    public void Write_KeepsTodaysShape_PlusTheVersion(string kind, string stored, OutboxPayload payload)
    {
        // A dispatcher of the previous release still reads rows this one writes (a rolling deployment): same keys, same values.
        var written = JsonNode.Parse(OutboxPayloads.Write(payload))!.AsObject();
        written.Remove(OutboxPayloads.VersionProperty);
        var before = JsonNode.Parse(stored)!.AsObject();
        foreach (var empty in before.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            before.Remove(empty);
        }

        Assert.Equal(kind, payload.OutboxKind);
        Assert.True(JsonNode.DeepEquals(before, written), $"before: {before.ToJsonString()}\nnow:    {written.ToJsonString()}");
    }

    [Fact]
    public void Read_ExplicitVersion1_IsTheSameAsNone()
    {
        var stored = """{"template":"Reminder","schemaVersion":1,"to":"sari@dpmptsp.local","staffName":"Sari"}""";

        Assert.Equal(new ReminderMailPayload("sari@dpmptsp.local", "Sari"), OutboxPayloads.Read(OutboxKinds.Email, stored));
    }

    /// <summary>Receipt rows written before tokens were derived held the token; they still read, and a write leaves it out.</summary>
    [Fact]
    public void Read_ReceiptRowsThatHeldTheTrackingToken_IgnoreIt_AndWriteWithoutIt()
    {
        var issue = OutboxPayloads.Read(OutboxKinds.IssueDocument, LegacyPayloads.IssueReceipt("start", "trk_8f3a"));
        var mail = OutboxPayloads.Read(OutboxKinds.Email, LegacyPayloads.ReceiptMail("start", "trk_8f3a"));

        Assert.Equal(new IssueDocumentPayload("Receipt", "start"), issue);
        Assert.Equal(new ReceiptMailPayload("start"), mail);
        Assert.DoesNotContain("trk_8f3a", OutboxPayloads.Write(issue), StringComparison.Ordinal);
        Assert.DoesNotContain("trk_8f3a", OutboxPayloads.Write(mail), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Email", """{"template":"Receipt","schemaVersion":3}""", "The Receipt Email payload has schema version 3; this build reads versions 1 to 2.")]
    [InlineData("Email", """{"schemaVersion":7,"to":"a@b.c"}""", "The activity Email payload has schema version 7; this build reads version 1.")]
    [InlineData("IssueDocument", """{"schemaVersion":3,"kind":"Permit"}""", "The IssueDocument payload has schema version 3; this build reads version 1.")]
    [InlineData("IssueDocument", """{"schemaVersion":0,"kind":"Permit"}""", "The IssueDocument payload has schema version 0; this build reads version 1.")]
    [InlineData("Email", """{"template":"Reminder","schemaVersion":"2","to":"a@b.c"}""", "The Reminder Email payload's 'schemaVersion' is not a whole number: \"2\".")]
    public void Read_UnknownVersion_FailsNamingIt(string kind, string stored, string message)
    {
        var error = Assert.Throws<OutboxPayloadException>(() => OutboxPayloads.Read(kind, stored));

        Assert.Equal(message, error.Message);
        Assert.False(OutboxPayloads.TryRead(kind, stored, out var payload, out var reason));
        Assert.Null(payload);
        Assert.Equal(message, reason);
    }

    [Theory]
    [InlineData("Sms", """{"to":"+62812"}""", "Unknown outbox kind 'Sms'.")]
    [InlineData("Email", """{"template":"Birthday"}""", "Unknown mail template 'Birthday'.")]
    [InlineData("Email", """{"template":3}""", "The Email payload's 'template' is not a string: 3.")]
    [InlineData("Email", "[]", "The Email payload is not a JSON object.")]
    [InlineData("IssueDocument", "null", "The IssueDocument payload is not a JSON object.")]
    public void Read_UnknownKindOrTemplate_OrNoObject_Fails(string kind, string stored, string message) =>
        Assert.Equal(message, Assert.Throws<OutboxPayloadException>(() => OutboxPayloads.Read(kind, stored)).Message);

    [Theory]
    [InlineData("Email", """{"template":"Reminder","staffName":"Sari"}""", "to")]
    [InlineData("Email", """{"template":"StatutoryDeadline","to":"a@b.c","days":"many"}""", "days")]
    [InlineData("Email", """{"template":"Reminder","to":"a@b.c","dueAt":"next week"}""", "dueAt")]
    [InlineData("IssueDocument", """{"activityId":"issue"}""", "kind")]
    [InlineData("Email", """{"attachments":"Permit"}""", "attachments")]
    public void Read_PayloadThatDoesNotFitItsRecord_FailsNamingTheField(string kind, string stored, string field)
    {
        var error = Assert.Throws<OutboxPayloadException>(() => OutboxPayloads.Read(kind, stored));

        Assert.Contains("payload (schema version 1) is malformed", error.Message, StringComparison.Ordinal);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidJson_Fails()
    {
        var error = Assert.Throws<OutboxPayloadException>(() => OutboxPayloads.Read(OutboxKinds.Email, """{"template":"""));

        Assert.StartsWith("The Email payload is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MailPayloads_NameTheDocumentsTheyAttach()
    {
        Assert.Equal(["Receipt"], new ReceiptMailPayload().AttachedKinds());
        Assert.Equal(["Permit"], new ActivityMailPayload(Attachments: ["Permit"]).AttachedKinds());
        Assert.Empty(new ActivityMailPayload().AttachedKinds());
        Assert.Empty(new ReminderMailPayload("a@b.c").AttachedKinds());
    }
}
