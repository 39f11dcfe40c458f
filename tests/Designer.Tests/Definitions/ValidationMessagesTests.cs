using Mpp.Workflows.Definitions;
using Mpp.Workflows.Definitions.Validation;
using Mpp.Workflows.Designer.Definitions;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// Each kind of validation finding as an analyst reads it, in Indonesian and in English: the real validator finds it in a
/// small route whose steps have display names, and <see cref="ValidationMessages"/> renders it. No JSON path, activity id or
/// activity type may show.
/// <code>
/// start (Mulai) ─Done─▶ verify (Verifikasi berkas) ─Setuju─▶ permit (Terbitkan izin) ─Done─▶ ok (Izin terbit)
///                                     └──Tolak──▶ no (Ditolak)
/// </code>
/// </summary>
public sealed class ValidationMessagesTests
{
    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { ValidationCodes.OutcomeUnconnected, "unwired",
            "Keputusan «Tolak» pada langkah «Verifikasi berkas» belum diarahkan ke langkah berikutnya.",
            "Outcome «Tolak» of step «Verifikasi berkas» does not lead to a next step yet." },
        { ValidationCodes.Unreachable, "orphan",
            "Langkah «Selesai lain» tidak pernah tercapai dari langkah Mulai.", "Step «Selesai lain» can never be reached from the Start." },
        { ValidationCodes.StartMissing, "no-start", "Alur belum punya langkah Mulai.", "The route has no Start step." },
        { ValidationCodes.StartRepeated, "two-starts",
            "Langkah «Mulai lagi» adalah langkah Mulai kedua; alur hanya boleh punya satu.", "Step «Mulai lagi» is a second Start step; a route has only one." },
        { ValidationCodes.StepIdRepeated, "same-id",
            "Kode langkah «Ditolak juga» sudah dipakai langkah lain.", "The code of step «Ditolak juga» is already used by another step." },
        { ValidationCodes.StepTypeUnknown, "unknown-type",
            "Tahap «Teleportasi» berjenis «Acme.Teleport» tidak dikenal produk ini; ganti atau hapus sebelum menerbitkan.",
            "Step «Teleportasi» is of kind «Acme.Teleport», which this product does not know; replace or delete it before publishing." },
        { ValidationCodes.ApprovedWithoutPermit, "no-permit",
            "Langkah Selesai «Izin terbit» menyetujui permohonan, tetapi ada jalur menuju langkah ini tanpa penerbitan surat izin; pemohon tidak akan menerima izinnya. Tambahkan langkah «Terbitkan dokumen» jenis surat izin sebelumnya.",
            "End step «Izin terbit» approves the application, but a path reaches it without issuing the permit; the applicant would never receive it. Add an «Issue document» step of kind permit before it." },
        { ValidationCodes.AttachmentNotIssued, "mail-before-permit",
            "Surel «Kirim izin» melampirkan surat izin, tetapi ada jalur menuju langkah ini tanpa penerbitan dokumen itu sebelumnya; surel tidak akan terkirim.",
            "E-mail «Kirim izin» attaches the permit, but a path reaches it without issuing that document first; the mail would not be sent." },
        { ValidationCodes.DocumentKindUnknown, "unknown-kind",
            "Langkah «Terbitkan izin» meminta dokumen «Sertifikat» yang tidak dapat dibuat; pilih tanda terima, surat izin atau surat penolakan.",
            "Step «Terbitkan izin» asks for a document «Sertifikat» that cannot be produced; choose receipt, permit or refusal letter." },
        { ValidationCodes.SettingMissing, "no-office",
            "Langkah «Verifikasi berkas»: «Instansi» wajib diisi.", "Step «Verifikasi berkas»: «Instansi» must be filled in." },
        { ValidationCodes.LoopWithoutWait, "loop",
            "Langkah «Cek A» dan «Cek B» berputar tanpa tugas, perbaikan pemohon atau jeda; permohonan akan berputar terus.",
            "Step «Cek A» and «Cek B» loop with no task, applicant revision or delay; an application would loop for ever." },
        { ValidationCodes.JoinTooFewInbound, "join",
            "Langkah gabung «Gabung» perlu sedikitnya dua jalur masuk; kini 1.", "Join step «Gabung» needs at least two incoming paths; it has 1." },
        { ValidationCodes.OfficeUnknown, "unknown-office",
            "Instansi «DPMPTSP» pada langkah «Verifikasi berkas» tidak terdaftar.", "Office «DPMPTSP» of step «Verifikasi berkas» is not registered." },
        { ValidationCodes.OutcomesMissing, "no-outcomes",
            "Tugas «Verifikasi berkas» perlu sedikitnya satu keputusan.", "Task «Verifikasi berkas» needs at least one outcome." },
        { ValidationCodes.ForkTooFewBranches, "fork", "Langkah cabang «Cabang» perlu sedikitnya dua cabang.", "Fork step «Cabang» needs at least two branches." },
        { ValidationCodes.SwitchWithoutCases, "switch", "Langkah pilihan «Pilih» perlu sedikitnya satu pilihan.", "Switch step «Pilih» needs at least one case." },
        { ValidationCodes.ConnectionFromEnd, "from-end",
            "Langkah Selesai «Izin terbit» tidak boleh punya sambungan keluar.", "End step «Izin terbit» cannot have outgoing connections." },
        { ValidationCodes.ConnectionUnknownStep, "to-nowhere",
            "Sambungan dari «Izin terbit» menuju langkah yang tidak ada.", "A connection of «Izin terbit» refers to a step that does not exist." },
        { ValidationCodes.ConnectionUnknownOutcome, "unknown-outcome",
            "Langkah «Verifikasi berkas» tidak punya keputusan «Mungkin» untuk disambungkan.", "Step «Verifikasi berkas» has no outcome «Mungkin» to connect." },
        { ValidationCodes.OutcomeConnectedTwice, "twice",
            "Keputusan «Setuju» pada langkah «Verifikasi berkas» sudah diarahkan ke langkah lain; gunakan langkah cabang untuk jalur paralel.",
            "Outcome «Setuju» of step «Verifikasi berkas» already leads to another step; use a fork for parallel paths." },
        { ValidationCodes.ConnectionRepeated, "repeated", "Sambungan dari «Mulai» digambar dua kali.", "A connection of «Mulai» is drawn twice." },
        { ValidationCodes.ScriptInvalid, "bad-script",
            "Rumus pada «Kondisi» langkah «Luas besar?» tidak dapat dijalankan; periksa penulisannya.",
            "The formula in «Kondisi» of step «Luas besar?» cannot run; check how it is written." },
        { ValidationCodes.NameMissing, "no-name", "Alur perlu nama layanan.", "The route needs the service's name." },
        { ValidationCodes.DefinitionIdMissing, "no-definition-id", "Alur perlu kode layanan.", "The route needs a service code." },
        { ValidationCodes.Invalid, "negative-delay",
            "Isian «Lama tunda» pada langkah «Tunggu» belum benar.", "Setting «Lama tunda» of step «Tunggu» is not right." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finding_ReadsAsAnAnalystsSentence_InIndonesianAndEnglish(string code, string route, string indonesian, string english)
    {
        var definition = Route(route);
        var error = DefinitionValidator.Validate(definition, route == "unknown-office" ? new HashSet<string> { "DINKES" } : null)
            .First(e => e.Code == code);
        var messages = new ValidationMessages(definition);

        Assert.Equal(indonesian, InCulture("id-ID", () => messages.Render(error)));
        Assert.Equal(english, InCulture("en-US", () => messages.Render(error)));
        Assert.DoesNotContain("$.", indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void MinimalRoute_HasNoFindings()
    {
        Assert.Empty(DefinitionValidator.Validate(Minimal()));
    }

    [Theory]
    [InlineData("missing", "Langkah «Terbitkan izin» menerbitkan surat izin, tetapi alur ini belum punya pengaturan surat izin; isi bagian «Surat izin» di «Pengaturan layanan».")]
    [InlineData("unreadable", "Langkah «Terbitkan izin» menerbitkan surat izin, tetapi pengaturan surat izin alur ini belum lengkap; lengkapi judul, kalimat pemberian izin dan label setiap baris di «Surat izin».")]
    public void PermitThatCannotBeDrawn_ReadsAsAnAnalystsSentence(string reason, string indonesian)
    {
        var error = new ValidationError("$.root.activities[4].kind", "The permit cannot be drawn.")
        {
            Code = ValidationCodes.PermitTemplateMissing, Arguments = [reason], ActivityId = "permit",
        };

        Assert.Equal(indonesian, InCulture("id-ID", () => new ValidationMessages(Minimal()).Render(error)));
    }

    [Fact]
    public void ServiceWarnings_NameTheOfficeRoleAndDays()
    {
        var definition = Minimal() with { Options = new DefinitionOptions { StatutoryDays = 5 } };
        definition = definition with { Root = definition.Root with { Activities = [.. definition.Root.Activities.Select(a => a.Id == "verify"
            ? Named(Task("verify", ["Setuju", "Tolak"], ("slaDays", Literal(7))), "Verifikasi berkas") : a)] } };
        var accounts = new[] { new UserRecord("pasif", "Pasif", "x", "DPMPTSP", ["Reviewer"], Active: false) };

        var warnings = ServiceChecks.Find(definition, accounts).ToList();
        var messages = new ValidationMessages(definition);

        Assert.All(warnings, w => Assert.Equal(ValidationSeverity.Warning, w.Severity));
        var staff = warnings.Single(w => w.Code == ValidationCodes.NoStaffForTask);
        Assert.Equal("Tidak ada petugas aktif di instansi «DPMPTSP» dengan peran «Pemeriksa berkas» untuk mengerjakan «Verifikasi berkas».",
            InCulture("id-ID", () => messages.Render(staff)));
        Assert.Equal("No active staff member of office «DPMPTSP» has the role «Reviewer» to do «Verifikasi berkas».",
            InCulture("en-US", () => messages.Render(staff)));
        // Without a task marking the file complete the statutory days never start, so no deadline is compared with them.
        var never = warnings.Single(w => w.Code == ValidationCodes.StatutoryClockNeverStarts);
        Assert.StartsWith("Batas waktu menurut peraturan tidak akan pernah berjalan", InCulture("id-ID", () => messages.Render(never)),
            StringComparison.Ordinal);
        Assert.DoesNotContain(warnings, w => w.Code is ValidationCodes.SlaOverStatutory or ValidationCodes.MainPathOverStatutory);
    }

    [Fact]
    public void ServiceWarnings_AreNone_WhenTheOfficeHasActiveStaff_AndTheDeadlinesFit()
    {
        var definition = Minimal() with { Options = new DefinitionOptions { StatutoryDays = 7 } };
        definition = definition with { Root = definition.Root with { Activities = [.. definition.Root.Activities.Select(a => a.Id == "verify"
            ? Task("verify", ["Setuju", "Tolak"], ("slaDays", Literal(7)), ("marksComplete", Literal(true))) : a)] } };
        var accounts = new[] { new UserRecord("aktif", "Aktif", "x", "DPMPTSP", ["Reviewer"], Active: true) };

        Assert.Empty(ServiceChecks.Find(definition, accounts));
    }

    [Fact]
    public void LongestPathAfterCompleteness_AddsTheDeadlinesOfTheLongerBranch_WithoutTheMarkingStep_AndFollowsARevisionLoopOnce()
    {
        // start → a (3, marks the file complete) → b (4) → end, a also → c (1) → end; b returns to a (a revision loop).
        var definition = Definition(
            [Start(), Task("a", ["Panjang", "Pendek"], ("slaDays", Literal(3)), ("marksComplete", Literal(true))),
             Task("b", ["Selesai", "Ulang"], ("slaDays", Literal(4))),
             Task("c", ["Selesai"], ("slaDays", Literal(1))), End("end")],
            Wire("start", "Done", "a"), Wire("a", "Panjang", "b"), Wire("a", "Pendek", "c"), Wire("b", "Selesai", "end"), Wire("b", "Ulang", "a"),
            Wire("c", "Selesai", "end"));

        Assert.Equal(4, ServiceChecks.LongestDaysAfterComplete(definition.Root));
    }

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

    private static WorkflowDefinition Route(string kind)
    {
        var minimal = Minimal();
        var activities = minimal.Root.Activities.ToList();
        var connections = minimal.Root.Connections.ToList();
        void Replace(string id, ActivityNode node) => activities[activities.FindIndex(a => a.Id == id)] = node;
        switch (kind)
        {
            case "unknown-office": break;
            case "unwired": connections.RemoveAll(c => c.Source.Port == "Tolak"); break;
            case "orphan": activities.Add(Named(End("orphan"), "Selesai lain")); break;
            case "no-start": activities.RemoveAt(0); break;
            case "two-starts": activities.Add(Named(Start("start2"), "Mulai lagi")); break;
            case "same-id": activities.Add(Named(End("no", "Rejected"), "Ditolak juga")); break;
            case "unknown-type": activities.Add(Named(Node("x", "Acme.Teleport"), "Teleportasi")); break;
            case "no-office":
                Replace("verify", Named(Node("verify", ActivityTypes.HumanTask, ("role", Literal("Reviewer")), ("outcomes", Names("Setuju", "Tolak"))), "Verifikasi berkas"));
                break;
            case "loop":
                activities.AddRange([Named(Node("d1", ActivityTypes.FlowDecision, ("condition", Script("true"))), "Cek A"),
                    Named(Node("d2", ActivityTypes.FlowDecision, ("condition", Script("true"))), "Cek B")]);
                connections.AddRange([Wire("d1", "True", "d2"), Wire("d1", "False", "d2"), Wire("d2", "True", "d1"), Wire("d2", "False", "d1")]);
                break;
            case "join":
                activities.Add(Named(Node("j", ActivityTypes.FlowJoin, ("mode", Literal("WaitAll"))), "Gabung"));
                connections.RemoveAll(c => c.Source.Port == "Tolak");
                connections.AddRange([Wire("verify", "Tolak", "j"), Wire("j", "Done", "no")]);
                break;
            case "no-outcomes":
                Replace("verify", Named(Node("verify", ActivityTypes.HumanTask, ("office", Literal("DPMPTSP")), ("role", Literal("Reviewer")), ("outcomes", Names())), "Verifikasi berkas"));
                break;
            case "fork": activities.Add(Named(Node("f", ActivityTypes.FlowFork, ("branches", Names("a"))), "Cabang")); break;
            case "switch": activities.Add(Named(Node("s", ActivityTypes.FlowSwitch, ("cases", Object(new JsonArray()))), "Pilih")); break;
            case "from-end": connections.Add(Wire("ok", "Done", "verify")); break;
            case "to-nowhere": connections.Add(Wire("ok", "Done", "nowhere")); break;
            case "unknown-outcome": connections.Add(Wire("verify", "Mungkin", "ok")); break;
            case "twice": connections.Add(Wire("verify", "Setuju", "no")); break;
            case "repeated": connections.Add(Wire("start", "Done", "verify")); break;
            case "bad-script":
                activities.Add(Named(Node("d", ActivityTypes.FlowDecision, ("condition", Script("1 +"))), "Luas besar?"));
                break;
            case "no-name": return minimal with { Name = "" };
            case "no-definition-id": return minimal with { DefinitionId = "" };
            case "no-permit":
                connections.RemoveAll(c => c.Source.Activity == "verify" && c.Source.Port == "Setuju");
                connections.Add(Wire("verify", "Setuju", "ok"));
                break;
            case "mail-before-permit":
                activities.Add(Named(Node("mail", ActivityTypes.SendEmail, ("attachments", Names("Permit"))), "Kirim izin"));
                connections.RemoveAll(c => c.Source.Activity == "verify" && c.Source.Port == "Setuju");
                connections.AddRange([Wire("verify", "Setuju", "mail"), Wire("mail", "Done", "permit")]);
                break;
            case "unknown-kind": Replace("permit", Named(Node("permit", ActivityTypes.IssueDocument, ("kind", Literal("Sertifikat"))), "Terbitkan izin")); break;
            case "negative-delay": activities.Add(Named(Node("w", ActivityTypes.Delay, ("timeSpan", Literal("-1.00:00:00"))), "Tunggu")); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such route in this test.");
        }

        return minimal with { Root = minimal.Root with { Activities = activities, Connections = connections } };
    }

    private static WorkflowDefinition Minimal() => Definition(
        [Named(Start(), "Mulai"), Named(Task("verify", ["Setuju", "Tolak"]), "Verifikasi berkas"), Named(End("ok"), "Izin terbit"), Named(End("no", "Rejected"), "Ditolak"),
         Named(Node("permit", ActivityTypes.IssueDocument, ("kind", Literal("Permit"))), "Terbitkan izin")],
        Wire("start", "Done", "verify"), Wire("verify", "Setuju", "permit"), Wire("verify", "Tolak", "no"), Wire("permit", "Done", "ok"));

    private static ActivityNode Named(ActivityNode node, string name) => node with { Name = name };

    private static ActivityInput Literal(string value) => new("String", Expression.Literal(JsonValue.Create(value)));

    private static ActivityInput Literal(int value) => new("Int32", Expression.Literal(JsonValue.Create(value)));

    private static ActivityInput Literal(bool value) => new("Boolean", Expression.Literal(JsonValue.Create(value)));

    private static ActivityInput Script(string source) => new("Boolean", Expression.JavaScript(source));

    private static ActivityInput Object(JsonNode? value) => new("Object", Expression.Object(value));

    private static ActivityInput Names(params string[] names) => new("String[]", Expression.Object(new JsonArray([.. names.Select(n => (JsonNode?)n)])));

    private static ActivityNode Node(string id, string type, params (string Name, ActivityInput Input)[] inputs) =>
        ActivityNode.Create(id, type, inputs: inputs.Select(i => KeyValuePair.Create(i.Name, i.Input)));

    private static ActivityNode Start(string id = "start") => Node(id, ActivityTypes.Start);

    private static ActivityNode Task(string id, string[] outcomes, params (string Name, ActivityInput Input)[] extra) => Node(id, ActivityTypes.HumanTask,
        [("office", Literal("DPMPTSP")), ("role", Literal("Reviewer")), ("outcomes", Names(outcomes)), .. extra]);

    private static ActivityNode End(string id, string result = "Approved") => Node(id, ActivityTypes.End, ("result", Literal(result)));

    private static Connection Wire(string from, string port, string to) => new(new Endpoint(from, port), new Endpoint(to, PortNames.In));

    private static WorkflowDefinition Definition(IReadOnlyList<ActivityNode> activities, params Connection[] connections) =>
        new("test-v1", "test", "Uji", null, 1, true, false, [], new DefinitionOptions(), new Flowchart("flow", activities, connections));
}
