using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Engine.Tests.Calendar;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Engine.Tests.Runtime.TestRuns;

/// <summary>
/// Test runs of the shipped routes in <c>workflows/</c> on the real 2026 calendar (Nyepi and Idul Fitri leave 18–24 March,
/// Good Friday 3 April), through the engine's interpreter and the Jint evaluator: the path, the working days and the
/// statutory clock of each, pinned. Filed Monday 16 March 2026, 09:00 WIB.
/// </summary>
public sealed class RouteSimulatorTests
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 16, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly RouteSimulator Simulator = new(new FlowchartInterpreter(new JintExpressionEvaluator()), RepositoryCalendars.Calendar(), "Asia/Jakarta");

    [Fact]
    public void SipDokter_Approved_TakesTenWorkingDays_AndUsesTheEightStatutoryDaysExactly()
    {
        var run = Run("sip-dokter", Doctor, C("check-completeness", "Lengkap"), C("verify-file", "Terverifikasi"),
            C("health-recommendation", "Rekomendasi"), C("sign-permit", "Tandatangani"));

        Assert.Equal(TestRunStatuses.Ended, run.Status);
        Assert.Equal("Approved", run.Result);
        Assert.Equal(
            ["check-completeness:Lengkap", "verify-file:Terverifikasi", "health-recommendation:Rekomendasi", "sign-permit:Tandatangani", "=Approved"],
            run.Path);
        Assert.Equal(10, run.TotalWorkingDays);
        Assert.Equal(At(2026, 4, 7), run.EndedAt);

        // Verification is due on 25 March: 18–24 March are Nyepi and Idul Fitri; signing skips Good Friday.
        Assert.Equal(
            [("check-completeness", 1, At(2026, 3, 17)), ("verify-file", 1, At(2026, 3, 25)), ("health-recommendation", 6, At(2026, 4, 2)), ("sign-permit", 2, At(2026, 4, 7))],
            run.Steps.Where(s => s.Kind == TestRunStepKinds.Task).Select(s => (s.ActivityId, s.Days, s.EndedAt!.Value)));
        Assert.Equal("DINKES", run.Steps.Single(s => s.ActivityId == "health-recommendation").Office);
        Assert.Equal(new TestRunStatutory(8, run.Statutory!.OnDeadline, At(2026, 3, 25), At(2026, 4, 7), 8, false, false, []), run.Statutory with { Pauses = [] });
        Assert.Equal(
            ["start>check-completeness", "check-completeness>verify-file", "verify-file>health-recommendation", "health-recommendation>sign-permit",
             "sign-permit>issue-permit", "issue-permit>email-permit", "email-permit>end-approved"],
            run.Links.Select(l => $"{l.From}>{l.To}"));
    }

    [Fact]
    public void SipDokter_ReturnedOnceAndCorrected_AddsTheApplicantsFiveDays_ButNotToTheStatutoryClock()
    {
        var run = Run("sip-dokter", Doctor, C("check-completeness", "TidakLengkap"), C("return-incomplete", "Resubmitted"),
            C("check-completeness", "Lengkap"), C("verify-file", "Terverifikasi"), C("health-recommendation", "Rekomendasi"), C("sign-permit", "Tandatangani"));

        Assert.Equal("Approved", run.Result);
        Assert.Equal(16, run.TotalWorkingDays);
        Assert.Equal(At(2026, 4, 15), run.EndedAt);
        var revision = run.Steps.Single(s => s.ActivityId == "return-incomplete");
        Assert.Equal((TestRunStepKinds.Revision, 5, At(2026, 3, 31), "Resubmitted"), (revision.Kind, revision.Days, revision.EndedAt!.Value, revision.Outcome));
        Assert.Equal(2, run.Steps.Count(s => s.ActivityId == "check-completeness"));
        Assert.Equal((8, 8, false), (run.Statutory!.Days, run.Statutory.DaysUsed, run.Statutory.Exceeded));
        Assert.Equal(At(2026, 4, 2), run.Statutory.StartedAt);
    }

    [Fact]
    public void SipDokter_RefusedByTheHealthOffice_EndsRejectedAfterEightWorkingDays()
    {
        var run = Run("sip-dokter", Doctor, C("check-completeness", "Lengkap"), C("verify-file", "Terverifikasi"), C("health-recommendation", "Tolak"));

        Assert.Equal("Rejected", run.Result);
        Assert.Equal(["check-completeness:Lengkap", "verify-file:Terverifikasi", "health-recommendation:Tolak", "=Rejected"], run.Path);
        Assert.Equal(8, run.TotalWorkingDays);
        Assert.Equal(6, run.Statutory!.DaysUsed);
        Assert.Contains(run.Steps, s => s.ActivityId == "issue-rejection");
        Assert.DoesNotContain(run.Steps, s => s.ActivityId == "sign-permit");
    }

    [Fact]
    public void WithoutAChoice_TheRunWaitsAtTheFirstTask_WithItsOutcomesAndSla()
    {
        var run = Run("sip-dokter", Doctor);

        Assert.Equal(TestRunStatuses.Waiting, run.Status);
        Assert.Equal(("check-completeness", TestRunStepKinds.Task, "DPMPTSP", 1, Filed),
            (run.Waiting!.ActivityId, run.Waiting.Kind, run.Waiting.Office, run.Waiting.DefaultDays, run.Waiting.OpenedAt));
        Assert.Equal(["Lengkap", "TidakLengkap"], run.Waiting.Outcomes);
        Assert.Null(run.EndedAt);
        Assert.Equal(["?check-completeness"], run.Path);
    }

    [Fact]
    public void Pbg_LargeBuilding_ForksToTwoOffices_JoinsWhenBothAgree_AndTakes35WorkingDays()
    {
        var run = Run("pbg", LargeBuilding, C("register", "Lengkap"), C("technical-consultation", "Setuju"), C("environmental-check", "Sesuai"),
            C("assess-fee", "Ditetapkan"), C("confirm-payment", "Lunas"), C("sign-permit", "Tandatangani"));

        Assert.Equal("Approved", run.Result);

        // The environmental check (5 days) is decided before the technical consultation (25 days) although chosen after it.
        Assert.Equal(
            ["register:Lengkap", "environmental-check:Sesuai", "technical-consultation:Setuju", "assess-fee:Ditetapkan", "confirm-payment:Lunas", "sign-permit:Tandatangani", "=Approved"],
            run.Path);
        Assert.Equal(35, run.TotalWorkingDays);
        Assert.Equal((33, 33, false), (run.Statutory!.Days, run.Statutory.DaysUsed, run.Statutory.Exceeded));
        Assert.Equal(2, run.Steps.Count(s => s.ActivityId == "join-review"));
        Assert.Contains(run.Links, l => l.From == "fork-review" && l.To == "environmental-check");
        Assert.Contains(run.Links, l => l.From == "fork-review" && l.To == "technical-consultation");
    }

    [Fact]
    public void Pbg_ReturnWhileABranchIsOpen_PausesThatBranchAndTheStatutoryClock()
    {
        var run = Run("pbg", LargeBuilding, C("register", "Lengkap"), C("technical-consultation", "Perbaiki", 3), C("environmental-check", "Sesuai"),
            C("return-technical", "Resubmitted"), C("technical-consultation", "Setuju", 4), C("assess-fee", "Ditetapkan"), C("confirm-payment", "Lunas"),
            C("sign-permit", "Tandatangani"));

        Assert.Equal("Approved", run.Result);

        // The environmental check had 2 of its 5 days left when the file went back; it finishes 2 days after the correction.
        var environmental = run.Steps.Single(s => s.ActivityId == "environmental-check");
        var correction = run.Steps.Single(s => s.ActivityId == "return-technical");
        Assert.Equal(5, environmental.Days);
        Assert.True(environmental.EndedAt > correction.EndedAt);
        Assert.Equal(2 + 3 + 5 + 4 + 1 + 5 + 2, run.TotalWorkingDays);
        Assert.Equal((3 + 4 + 1 + 5 + 2, false), (run.Statutory!.DaysUsed, run.Statutory.Exceeded));
        Assert.Single(run.Statutory.Pauses);
        Assert.True(run.Steps.Single(s => s.ActivityId == "return-technical").StatutoryPaused);
    }

    [Fact]
    public void Pbg_SmallHouse_TakesTheConditionsOtherBranch_ThroughTheSandboxedEvaluator()
    {
        var run = Run("pbg", """{"luasLantai": 72, "fungsiBangunan": "Hunian", "jumlahLantai": 1}""", C("register", "Lengkap"));

        Assert.Equal(TestRunStatuses.Waiting, run.Status);
        Assert.Equal("house-consultation", run.Waiting!.ActivityId);
        Assert.Equal("PUPR", run.Waiting.Office);
        Assert.DoesNotContain(run.Steps, s => s.ActivityId == "fork-review");
    }

    [Fact]
    public void Reklame_TwoSurveysInParallel_Then_TaxAndSignature_TakeNineWorkingDays_OneOverTheStatutoryEight()
    {
        var run = Run("reklame", "{}", C("check-completeness", "Lengkap"), C("survey-pupr", "Layak"), C("survey-satpolpp", "Layak"),
            C("pay-tax", "Lunas"), C("sign-permit", "Tandatangani"));

        Assert.Equal("Approved", run.Result);
        Assert.Equal(9, run.TotalWorkingDays);
        Assert.Equal((8, 8, false), (run.Statutory!.Days, run.Statutory.DaysUsed, run.Statutory.Exceeded));
        var surveys = run.Steps.Where(s => s.ActivityId.StartsWith("survey-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, surveys.Count);
        Assert.All(surveys, s => Assert.Equal(3, s.Days));
        Assert.Equal(surveys[0].StartedAt, surveys[1].StartedAt);
    }

    [Fact]
    public void AStepThatTakesLongerThanTheLaw_IsFlaggedAsExceedingTheStatutoryDays()
    {
        var run = Run("sip-dokter", Doctor, C("check-completeness", "Lengkap"), C("verify-file", "Terverifikasi"),
            C("health-recommendation", "Rekomendasi", 10), C("sign-permit", "Tandatangani"));

        Assert.Equal((12, true), (run.Statutory!.DaysUsed, run.Statutory.Exceeded));
    }

    private const string Doctor = """{"profesi": "Dokter"}""";

    private const string LargeBuilding = """{"luasLantai": 450, "fungsiBangunan": "Usaha", "jumlahLantai": 3}""";

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 16, 0, 0, TimeSpan.FromHours(7));

    private static TestRunChoice C(string step, string outcome, int? days = null) => new(step, outcome, days);

    private static TestRunResult Run(string route, string data, params TestRunChoice[] choices)
    {
        var definition = DefinitionJsonReader.Read(File.ReadAllText(Path.Combine(RepoPaths.Workflows, route + ".json")));
        var input = new TestRunInput((JsonObject)JsonNode.Parse(data)!, Filed, choices);
        return Simulator.Run(definition, input);
    }
}
