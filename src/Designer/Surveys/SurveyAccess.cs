namespace Mpp.Workflows.Designer.Surveys;

/// <summary>Whether an application's survey may be answered.</summary>
internal enum SurveyAccess
{
    /// <summary>No application matches the number and token (one answer for both, so numbers cannot be probed).</summary>
    NotFound,

    /// <summary>The application is not yet completed with a permit or refusal letter issued.</summary>
    NotYet,

    Open,

    Answered,
}
