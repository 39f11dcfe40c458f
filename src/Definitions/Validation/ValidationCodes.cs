namespace Mpp.Workflows.Definitions.Validation;

/// <summary>
/// The kinds of validation problem a host can render in the analyst's language. The arguments of each code are listed
/// beside it; the step a problem concerns is <see cref="ValidationError.ActivityId"/>, never an argument.
/// </summary>
public static class ValidationCodes
{
    /// <summary>Any other problem of the setting at the error's path (no arguments).</summary>
    public const string Invalid = "invalid";

    /// <summary>The document is not a definition (no arguments).</summary>
    public const string NotADefinition = "document.shape";

    /// <summary>The route has no name (no arguments).</summary>
    public const string NameMissing = "route.name-missing";

    /// <summary>The route has no definition id (no arguments).</summary>
    public const string DefinitionIdMissing = "route.definition-id-missing";

    /// <summary>The route has no start step (no arguments).</summary>
    public const string StartMissing = "route.start-missing";

    /// <summary>A second start step (no arguments).</summary>
    public const string StartRepeated = "route.start-repeated";

    /// <summary>The step id is used by another step (no arguments).</summary>
    public const string StepIdRepeated = "step.id-repeated";

    /// <summary>The step's type is not one of the product's (e.g. an Elsa Studio activity); arguments: the type as written.</summary>
    public const string StepTypeUnknown = "step.type-unknown";

    /// <summary>A required setting is missing; arguments: the setting's input name.</summary>
    public const string SettingMissing = "step.setting-missing";

    /// <summary>An outcome (port) of the step leads nowhere; arguments: the outcome.</summary>
    public const string OutcomeUnconnected = "step.outcome-unconnected";

    /// <summary>The step cannot be reached from the start (no arguments).</summary>
    public const string Unreachable = "step.unreachable";

    /// <summary>Steps form a loop with nobody waiting; arguments: the ids of the other steps of the loop.</summary>
    public const string LoopWithoutWait = "step.loop-without-wait";

    /// <summary>A join with fewer than two inbound connections; arguments: the number of inbound connections.</summary>
    public const string JoinTooFewInbound = "step.join-inbound";

    /// <summary>The task's office does not exist; arguments: the office code.</summary>
    public const string OfficeUnknown = "task.office-unknown";

    /// <summary>The task has no outcomes (no arguments).</summary>
    public const string OutcomesMissing = "task.outcomes-missing";

    /// <summary>A fork with fewer than two branches (no arguments).</summary>
    public const string ForkTooFewBranches = "fork.branches";

    /// <summary>A switch without cases (no arguments).</summary>
    public const string SwitchWithoutCases = "switch.cases";

    /// <summary>A connection leaves an end step (no arguments; the step is the end).</summary>
    public const string ConnectionFromEnd = "connection.from-end";

    /// <summary>A connection refers to a step that does not exist (no arguments).</summary>
    public const string ConnectionUnknownStep = "connection.unknown-step";

    /// <summary>A connection leaves by an outcome the step does not have; arguments: the outcome.</summary>
    public const string ConnectionUnknownOutcome = "connection.unknown-outcome";

    /// <summary>An outcome already leads elsewhere; arguments: the outcome.</summary>
    public const string OutcomeConnectedTwice = "connection.outcome-twice";

    /// <summary>The same connection is drawn twice (no arguments).</summary>
    public const string ConnectionRepeated = "connection.repeated";

    /// <summary>A JavaScript expression does not parse or is refused (no arguments).</summary>
    public const string ScriptInvalid = "script.invalid";

    /// <summary>
    /// A mail step writes to an address that is neither the applicant nor in a domain the host allows; arguments: the address,
    /// the allowed domains joined by ", " (empty when none).
    /// </summary>
    public const string MailRecipientNotAllowed = "mail.recipient-not-allowed";

    /// <summary>A mail step computes its recipient with a formula while the host allows no domain (no arguments).</summary>
    public const string MailRecipientScript = "mail.recipient-script";

    /// <summary>A mail step sends the applicant's receipt to someone who may not be the applicant (no arguments).</summary>
    public const string MailReceiptToOther = "mail.receipt-to-other";

    /// <summary>Warning: no active staff account of the task's office holds its role; arguments: office, role.</summary>
    public const string NoStaffForTask = "task.no-staff";

    /// <summary>
    /// Warning: the task deadlines on the longest path after the file is declared complete exceed the statutory days while the
    /// main path's fit; arguments: the sum, the statutory days.
    /// </summary>
    public const string SlaOverStatutory = "route.sla-over-statutory";

    /// <summary>
    /// Warning: the task deadlines on the main path (<see cref="MainPath"/>) after the task that marks the file complete
    /// exceed the statutory days, which count from that moment; arguments: the sum, the statutory days.
    /// </summary>
    public const string MainPathOverStatutory = "route.main-path-over-statutory";

    /// <summary>
    /// Warning: the task deadlines on the whole main path exceed the service time (<c>options.slaDays</c>) the receipt and the
    /// service standard promise from submission; arguments: the sum, the service time.
    /// </summary>
    public const string MainPathOverServiceTime = "route.main-path-over-service-time";

    /// <summary>Warning: the route has statutory days but no task marks the file complete, so the clock never starts (no arguments).</summary>
    public const string StatutoryClockNeverStarts = "route.statutory-never-starts";

    /// <summary>The service code is not 2–10 upper-case letters or digits (no arguments).</summary>
    public const string ServiceCodeInvalid = "route.service-code-invalid";

    /// <summary>Another route numbers its applications with the same service code; arguments: the code, the other route's id.</summary>
    public const string ServiceCodeTaken = "route.service-code-taken";

    /// <summary>The route's permit prints a form field the form does not have; arguments: the field.</summary>
    public const string PermitFieldUnknown = "document.permit-field-unknown";

    // Documents and unknown steps (the studio's service checks of issue 12).

    /// <summary>An approving end step reached on some path without the permit issued (no arguments; the step is the end).</summary>
    public const string ApprovedWithoutPermit = "route.approved-without-permit";

    /// <summary>A mail attaches a document not issued on every path before it; arguments: the document kind.</summary>
    public const string AttachmentNotIssued = "email.attachment-not-issued";

    /// <summary>
    /// A permit step of a route whose permit cannot be drawn (found by the host, which knows the template files); arguments:
    /// <c>missing</c> (no permit settings and no template file) or <c>unreadable</c> and the reason.
    /// </summary>
    public const string PermitTemplateMissing = "document.permit-template-missing";

    /// <summary>A document step whose kind the product cannot render; arguments: the kind as written.</summary>
    public const string DocumentKindUnknown = "document.kind-unknown";
}
