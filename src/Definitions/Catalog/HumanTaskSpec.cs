namespace Mpp.Workflows.Definitions.Catalog;

/// <summary>The typed reading of an <c>Mpp.HumanTask</c> node's inputs.</summary>
/// <example>
/// A Dinas Kesehatan recommendation: office <c>DINKES</c>, role <c>Reviewer</c>, outcomes <c>["Rekomendasi","Tolak"]</c>,
/// six working days, a reminder one day before, escalation to the office <c>Head</c> at the deadline.
/// </example>
/// <param name="Office">Office code whose inbox gets the task.</param>
/// <param name="Role">Role within the office that may act on it.</param>
/// <param name="Title">Inbox title; null means the activity name.</param>
/// <param name="TitleIsScript">Whether <paramref name="Title"/> is JavaScript to evaluate.</param>
/// <param name="Outcomes">The decisions the task offers; each is an outbound port.</param>
/// <param name="Form">Extra fields the person fills in when completing.</param>
/// <param name="SlaDays">Working days allowed; null for no step deadline.</param>
/// <param name="ReminderDaysBefore">Working days before the due date when reviewers are reminded.</param>
/// <param name="EscalateTo">Role (same office) that also sees the task once it is overdue.</param>
/// <param name="OnDeadline"><c>Escalate</c>, or an outcome taken automatically at the deadline.</param>
/// <param name="MarksComplete">Completing the task marks the file complete: the statutory clock starts.</param>
/// <param name="ReasonRequiredFor">
/// Outcomes the person must explain in a comment, besides those the engine finds itself (a return to the applicant or a
/// refusal), e.g. <c>["Batal"]</c>.
/// </param>
public sealed record HumanTaskSpec(
    string? Office,
    string? Role,
    string? Title,
    bool TitleIsScript,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<FieldDefinition> Form,
    int? SlaDays,
    int? ReminderDaysBefore,
    string? EscalateTo,
    string? OnDeadline,
    bool MarksComplete,
    IReadOnlyList<string> ReasonRequiredFor);
