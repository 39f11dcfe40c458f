using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Designer.TestRuns;

/// <summary>
/// The body of <c>POST /api/definitions/{id}/draft/test-runs</c> and of saving a named run: the form data (absent: sample data
/// made from the route's form, or the data of the application <see cref="RegistrationNumber"/> when given), when it is
/// filed (absent: 09:00 of today or the next working day) and the outcomes chosen so far.
/// </summary>
public sealed record TestRunRequest(JsonObject? Data, string? RegistrationNumber, DateTimeOffset? SubmittedAt, IReadOnlyList<TestRunChoice>? Choices);

/// <summary>A test run with the form data it ran on.</summary>
public sealed record TestRunResponse(JsonObject Data, TestRunResult Run);

/// <summary>
/// A named test run saved with the route (the definition's <c>studio.testRuns</c>, which the engine does not read): what it
/// ran on, its choices, and the path and working days it had when saved, to compare with a rerun.
/// </summary>
public sealed record SavedTestRun(
    string Name,
    JsonObject Data,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<TestRunChoice> Choices,
    IReadOnlyList<string> Path,
    int TotalWorkingDays,
    string? Result,
    DateTimeOffset SavedAt);

/// <summary>A saved run run again on the route as it is now; <see cref="PathChanged"/> when its path or working days differ.</summary>
public sealed record TestRunReplay(SavedTestRun Saved, TestRunResult Run, bool PathChanged);
