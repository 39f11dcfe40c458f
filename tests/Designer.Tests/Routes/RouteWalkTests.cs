using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Routes;

/// <summary>
/// Walks each shipped route (workflows/*.json) through every outcome of every task over HTTP, as the demo user of the
/// task's office and role, including returns to the applicant and resubmission with the tracking token; checks the final
/// status and result and the decisions recorded in the history. Timer-driven paths (expiry, deemed approval) are not
/// reachable through the API and are not walked here.
/// </summary>
public abstract class RouteWalkTests(DesignerHost host)
{
    /*  check-completeness --Lengkap--> verify-file --Terverifikasi--> health-recommendation --Rekomendasi--> sign-permit
            --Tandatangani--> issue-permit --> email-permit --> end-approved                                             */
    [Fact]
    public async Task Sip_StraightThrough_IsApproved()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        await host.DecideAsync(app, "health-recommendation", "Rekomendasi",
            new JsonObject { ["tanggalKunjungan"] = "2026-03-02", ["catatanKunjungan"] = "Ruang praktik sesuai standar" });
        var final = await host.DecideAsync(app, "sign-permit", "Tandatangani");

        AssertEnded(final, "Approved",
            "check-completeness:Lengkap", "verify-file:Terverifikasi", "health-recommendation:Rekomendasi", "sign-permit:Tandatangani");
        Assert.Equal("Ruang praktik sesuai standar", (string?)final["data"]!["catatanKunjungan"]);
    }

    /*  check-completeness --TidakLengkap--> return-incomplete --Resubmitted--> check-completeness --Lengkap--> verify-file
            --Kembalikan--> return-verification --Resubmitted--> verify-file --Terverifikasi--> health-recommendation
            --Tolak--> issue-rejection --> email-rejection --> end-rejected                                               */
    [Fact]
    public async Task Sip_ReturnedTwiceThenRefusedByDinkes_IsRejected()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var returned = await host.DecideAsync(app, "check-completeness", "TidakLengkap", comment: "Scan STR tidak terbaca");
        Assert.Equal("AwaitingApplicant", (string?)returned["status"]);
        Assert.Empty(returned["openTasks"]!.AsArray());

        var resubmitted = await host.ResubmitAsync(app, new JsonObject { ["nomorStr"] = "STR-7654321" });
        Assert.Equal("InProgress", (string?)resubmitted["status"]);
        Assert.Equal("STR-7654321", (string?)resubmitted["data"]!["nomorStr"]);
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "verify-file", "Kembalikan", comment: "Alamat praktik tidak sesuai denah");
        await host.ResubmitAsync(app, new JsonObject { ["alamatPraktik"] = "Jl. Jenderal Sudirman 12, Pemalang" });
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        var final = await host.DecideAsync(app, "health-recommendation", "Tolak");

        AssertEnded(final, "Rejected",
            "check-completeness:TidakLengkap", "check-completeness:Lengkap", "verify-file:Kembalikan", "verify-file:Terverifikasi",
            "health-recommendation:Tolak");
        Assert.Equal(2, Events(final, "Resubmitted").Count);
        Assert.Equal(2, Events(final, "ReturnedToApplicant").Count);
    }

    [Fact]
    public async Task Sip_RefusedAtSignature_IsRejected()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        await host.DecideAsync(app, "health-recommendation", "Rekomendasi");
        var final = await host.DecideAsync(app, "sign-permit", "Tolak");

        AssertEnded(final, "Rejected",
            "check-completeness:Lengkap", "verify-file:Terverifikasi", "health-recommendation:Rekomendasi", "sign-permit:Tolak");
    }

    /*  sip-dokter-perpanjangan: verify-file --Kembalikan--> return-verification --Resubmitted--> verify-file --Terverifikasi-->
            sign-permit --Tandatangani--> issue-permit --> email-permit --> end-approved                                   */
    [Fact]
    public async Task SipRenewal_ReturnedOnceThenSigned_IsApproved()
    {
        var app = await host.SubmitAsync("sip-dokter-perpanjangan", SipRenewal());
        await host.DecideAsync(app, "verify-file", "Kembalikan", comment: "Nomor SIP lama tidak terbaca");
        await host.ResubmitAsync(app, new JsonObject { ["nomorIzinLama"] = "503/0042/SIP/DPMPTSP/2026" });
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        var final = await host.DecideAsync(app, "sign-permit", "Tandatangani");

        AssertEnded(final, "Approved", "verify-file:Kembalikan", "verify-file:Terverifikasi", "sign-permit:Tandatangani");
    }

    /*  sip-dokter-perpanjangan: verify-file --Tolak--> issue-rejection --> email-rejection --> end-rejected              */
    [Fact]
    public async Task SipRenewal_RefusedAtVerification_IsRejected()
    {
        var app = await host.SubmitAsync("sip-dokter-perpanjangan", SipRenewal());
        var final = await host.DecideAsync(app, "verify-file", "Tolak", comment: "STR sudah tidak berlaku");

        AssertEnded(final, "Rejected", "verify-file:Tolak");
    }

    /*  sip-dokter-perpanjangan: verify-file --Terverifikasi--> sign-permit --Tolak--> issue-rejection --> … end-rejected  */
    [Fact]
    public async Task SipRenewal_RefusedAtSignature_IsRejected()
    {
        var app = await host.SubmitAsync("sip-dokter-perpanjangan", SipRenewal());
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        var final = await host.DecideAsync(app, "sign-permit", "Tolak");

        AssertEnded(final, "Rejected", "verify-file:Terverifikasi", "sign-permit:Tolak");
    }

    /*  register --Lengkap--> decide-scope --True--> fork-review --teknis-->     technical-consultation --Setuju--+
                                                               --lingkungan--> environmental-check --Sesuai-----+--> join-review
            --> assess-fee --Ditetapkan--> confirm-payment --Lunas--> sign-permit --Tandatangani--> … end-approved
        technical-consultation --Perbaiki--> return-technical --Resubmitted--> technical-consultation                   */
    [Fact]
    public async Task Pbg_LargeBuilding_ReviewedInParallelWithRevision_IsApproved()
    {
        var app = await host.SubmitAsync("pbg", SampleData.Pbg(luasLantai: 450));
        var afterRegister = await host.DecideAsync(app, "register", "Lengkap");
        Assert.Equal(["environmental-check", "technical-consultation"], OpenActivities(afterRegister));

        var returned = await host.DecideAsync(app, "technical-consultation", "Perbaiki", comment: "Gambar struktur belum ditandatangani");
        Assert.Equal("AwaitingApplicant", (string?)returned["status"]);
        await host.ResubmitAsync(app, new JsonObject { ["jumlahLantai"] = 3 });
        await host.DecideAsync(app, "technical-consultation", "Setuju");
        var waiting = await host.DecideAsync(app, "environmental-check", "Sesuai");
        Assert.Equal(["assess-fee"], OpenActivities(waiting));
        await host.DecideAsync(app, "assess-fee", "Ditetapkan", new JsonObject { ["nilaiRetribusi"] = 12_500_000 });
        await host.DecideAsync(app, "confirm-payment", "Lunas");
        var final = await host.DecideAsync(app, "sign-permit", "Tandatangani");

        AssertEnded(final, "Approved",
            "register:Lengkap", "technical-consultation:Perbaiki", "technical-consultation:Setuju", "environmental-check:Sesuai",
            "assess-fee:Ditetapkan", "confirm-payment:Lunas", "sign-permit:Tandatangani");
        Assert.Equal(12_500_000, (double)final["data"]!["nilaiRetribusi"]!);
        Assert.Single(Events(final, "Joined"));
    }

    /*  register --TidakLengkap--> return-incomplete --Resubmitted--> register --Lengkap--> decide-scope --False-->
            house-consultation --Perbaiki--> return-house --Resubmitted--> house-consultation --Setuju--> assess-fee
            --Ditetapkan--> confirm-payment --Batal--> end-withdrawn                                                       */
    [Fact]
    public async Task Pbg_SmallHouse_RevisedThenPaymentCancelled_IsWithdrawn()
    {
        var app = await host.SubmitAsync("pbg", SampleData.Pbg(luasLantai: 120));
        await host.DecideAsync(app, "register", "TidakLengkap", comment: "Nomor persil kosong");
        await host.ResubmitAsync(app, new JsonObject { ["nomorPersil"] = "PERSIL-0043" });
        var afterRegister = await host.DecideAsync(app, "register", "Lengkap");
        Assert.Equal(["house-consultation"], OpenActivities(afterRegister));

        await host.DecideAsync(app, "house-consultation", "Perbaiki", comment: "Denah lantai 2 kurang");
        await host.ResubmitAsync(app, new JsonObject { ["jumlahLantai"] = 1 });
        await host.DecideAsync(app, "house-consultation", "Setuju");
        await host.DecideAsync(app, "assess-fee", "Ditetapkan", new JsonObject { ["nilaiRetribusi"] = 750_000 });
        var final = await host.DecideAsync(app, "confirm-payment", "Batal");

        AssertEnded(final, "Withdrawn",
            "register:TidakLengkap", "register:Lengkap", "house-consultation:Perbaiki", "house-consultation:Setuju",
            "assess-fee:Ditetapkan", "confirm-payment:Batal");
    }

    [Fact]
    public async Task Pbg_SmallHouseRefusedByPupr_IsRejected()
    {
        var app = await host.SubmitAsync("pbg", SampleData.Pbg(luasLantai: 90));
        await host.DecideAsync(app, "register", "Lengkap");
        var final = await host.DecideAsync(app, "house-consultation", "Tolak");

        AssertEnded(final, "Rejected", "register:Lengkap", "house-consultation:Tolak");
    }

    /// <summary>One branch of the fork rejects: the End cancels the other branch's open task in the same command.</summary>
    [Theory]
    [InlineData("environmental-check", "technical-consultation")]
    [InlineData("technical-consultation", "environmental-check")]
    public async Task Pbg_NonResidentialRefusedInOneBranch_IsRejectedAndOtherBranchCancelled(string refusing, string cancelled)
    {
        var app = await host.SubmitAsync("pbg", SampleData.Pbg(luasLantai: 80, fungsiBangunan: "Usaha"));
        await host.DecideAsync(app, "register", "Lengkap");
        var final = await host.DecideAsync(app, refusing, "Tolak");

        AssertEnded(final, "Rejected", "register:Lengkap", $"{refusing}:Tolak");
        Assert.Contains(Events(final, "Cancelled"), e => (string?)e["activityId"] == cancelled);
    }

    [Fact]
    public async Task Pbg_RefusedAtSignature_IsRejected()
    {
        var app = await host.SubmitAsync("pbg", SampleData.Pbg(luasLantai: 150));
        await host.DecideAsync(app, "register", "Lengkap");
        await host.DecideAsync(app, "house-consultation", "Setuju");
        await host.DecideAsync(app, "assess-fee", "Ditetapkan", new JsonObject { ["nilaiRetribusi"] = 900_000 });
        await host.DecideAsync(app, "confirm-payment", "Lunas");
        var final = await host.DecideAsync(app, "sign-permit", "Tolak");

        AssertEnded(final, "Rejected",
            "register:Lengkap", "house-consultation:Setuju", "assess-fee:Ditetapkan", "confirm-payment:Lunas", "sign-permit:Tolak");
    }

    /*  check-completeness --Lengkap--> fork-survey --pupr--> survey-pupr --Layak--+
                                                    --satpolpp--> survey-satpolpp --Layak--+--> join-survey --> pay-tax
            --Lunas--> sign-permit --Tandatangani--> … end-approved                                                         */
    [Fact]
    public async Task Reklame_StraightThrough_IsApproved()
    {
        var app = await host.SubmitAsync("reklame", SampleData.Reklame());
        var afterCheck = await host.DecideAsync(app, "check-completeness", "Lengkap");
        Assert.Equal(["survey-pupr", "survey-satpolpp"], OpenActivities(afterCheck));
        await host.DecideAsync(app, "survey-satpolpp", "Layak");
        await host.DecideAsync(app, "survey-pupr", "Layak");
        await host.DecideAsync(app, "pay-tax", "Lunas");
        var final = await host.DecideAsync(app, "sign-permit", "Tandatangani");

        AssertEnded(final, "Approved",
            "check-completeness:Lengkap", "survey-satpolpp:Layak", "survey-pupr:Layak", "pay-tax:Lunas", "sign-permit:Tandatangani");
    }

    [Theory]
    [InlineData("survey-pupr", "survey-satpolpp")]
    [InlineData("survey-satpolpp", "survey-pupr")]
    public async Task Reklame_RevisedThenOneSurveyUnfit_IsRejected(string refusing, string cancelled)
    {
        var app = await host.SubmitAsync("reklame", SampleData.Reklame());
        await host.DecideAsync(app, "check-completeness", "TidakLengkap", comment: "Naskah belum dilampirkan");
        await host.ResubmitAsync(app, new JsonObject { ["naskah"] = "Promo akhir tahun, diskon 20%" });
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        var final = await host.DecideAsync(app, refusing, "TidakLayak");

        AssertEnded(final, "Rejected", "check-completeness:TidakLengkap", "check-completeness:Lengkap", $"{refusing}:TidakLayak");
        Assert.Contains(Events(final, "Cancelled"), e => (string?)e["activityId"] == cancelled);
    }

    [Fact]
    public async Task Reklame_PaymentCancelled_IsWithdrawn()
    {
        var app = await host.SubmitAsync("reklame", SampleData.Reklame());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "survey-pupr", "Layak");
        await host.DecideAsync(app, "survey-satpolpp", "Layak");
        var final = await host.DecideAsync(app, "pay-tax", "Batal");

        AssertEnded(final, "Withdrawn", "check-completeness:Lengkap", "survey-pupr:Layak", "survey-satpolpp:Layak", "pay-tax:Batal");
    }

    [Fact]
    public async Task Reklame_RefusedAtSignature_IsRejected()
    {
        var app = await host.SubmitAsync("reklame", SampleData.Reklame());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "survey-pupr", "Layak");
        await host.DecideAsync(app, "survey-satpolpp", "Layak");
        await host.DecideAsync(app, "pay-tax", "Lunas");
        var final = await host.DecideAsync(app, "sign-permit", "Tolak");

        AssertEnded(final, "Rejected",
            "check-completeness:Lengkap", "survey-pupr:Layak", "survey-satpolpp:Layak", "pay-tax:Lunas", "sign-permit:Tolak");
    }

    private static JsonObject SipRenewal()
    {
        var data = SampleData.Sip();
        data["nomorIzinLama"] = "503/0042/SIP/DPMPTSP/2026";
        return data;
    }

    private static void AssertEnded(JsonObject application, string result, params string[] decisions)
    {
        Assert.Equal("Completed", (string?)application["status"]);
        Assert.Equal(result, (string?)application["result"]);
        Assert.Empty(application["openTasks"]!.AsArray());
        Assert.Equal(decisions, Events(application, "TaskCompleted").Select(e => $"{e["activityId"]}:{e["outcome"]}"));

        var history = application["history"]!.AsArray().Select(e => (string)e!["event"]!).ToList();
        Assert.Equal("Submitted", history[0]);
        Assert.Contains("Ended", history);
        Assert.All(Events(application, "TaskCompleted"), e => Assert.Contains(".", (string)e["actor"]!, StringComparison.Ordinal));
    }

    private static List<JsonObject> Events(JsonObject application, string name) =>
        [.. application["history"]!.AsArray().Select(e => e!.AsObject()).Where(e => (string?)e["event"] == name)];

    private static List<string> OpenActivities(JsonObject application) =>
        [.. application["openTasks"]!.AsArray().Select(t => (string)t!["activityId"]!).Order(StringComparer.Ordinal)];

    public sealed class OnSqlite(SqliteHost host) : RouteWalkTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : RouteWalkTests(host), IClassFixture<PostgresHost>;
}
