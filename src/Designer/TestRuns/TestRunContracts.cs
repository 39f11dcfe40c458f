
namespace Mpp.Workflows.Designer.TestRuns;

/// <summary>
/// The body of <c>POST /api/definitions/{id}/draft/test-runs</c> and of saving a named run: the form data (absent: sample data
/// made from the route's form, or the data of the application <see cref="RegistrationNumber"/> when given), when it is
/// filed (absent: 09:00 of today or the next working day) and the outcomes chosen so far. <see cref="CopiedFromApplication"/>
/// says the given data came from an application (a saved run records that, never which application).
/// </summary>
public sealed record TestRunRequest(
    JsonObject? Data, string? RegistrationNumber, DateTimeOffset? SubmittedAt, IReadOnlyList<TestRunChoice>? Choices, bool? CopiedFromApplication = null);

/// <summary>
/// A test run with the form data it ran on; <see cref="CopiedFromApplication"/> when that data was taken from an application
/// (only what the route's logic uses, see <see cref="ApplicationCopy"/>).
/// </summary>
public sealed record TestRunResponse(JsonObject Data, TestRunResult Run, bool CopiedFromApplication = false);

/// <summary>
/// A named test run saved with the route (the definition's <c>studio.testRuns</c>, which the engine does not read): what it
/// ran on, its choices, and the path and working days it had when saved, to compare with a rerun. Its data never holds who
/// an applicant is (<see cref="TestRunPrivacy"/>); <see cref="CopiedFromApplication"/> says it started from a
/// real application's data, without naming the application.
/// </summary>
public sealed record SavedTestRun(
    string Name,
    JsonObject Data,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<TestRunChoice> Choices,
    IReadOnlyList<string> Path,
    int TotalWorkingDays,
    string? Result,
    DateTimeOffset SavedAt,
    bool CopiedFromApplication = false);

/// <summary>A saved run run again on the route as it is now; <see cref="PathChanged"/> when its path or working days differ.</summary>
public sealed record TestRunReplay(SavedTestRun Saved, TestRunResult Run, bool PathChanged);
