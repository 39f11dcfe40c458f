namespace Mpp.Workflows.Definitions.Model;

/// <summary>
/// The service standard (<i>standar pelayanan</i>) a definition publishes: what the applicant brings, what it costs,
/// how long it takes and the statutory clock.
/// </summary>
/// <example>
/// <c>{ "serviceCode": "SIP", "requirements": ["KTP", { "name": "STR", "upload": "dokumenStr" }], "fee": { "amount": 0 }, "slaDays": 10, "statutoryDays": 5,
/// "onStatutoryDeadline": "DeemApprove", "legalBasis": ["UU 17/2023"], "permitValidityYears": 5 }</c>
/// </example>
/// <param name="ServiceCode">Short upper-case code used in registration numbers, e.g. <c>SIP</c>.</param>
/// <param name="Requirements">Documents the applicant must upload with the form or bring to the counter.</param>
/// <param name="Fee">The fee, if any.</param>
/// <param name="SlaDays">Total processing time promised to the applicant, in working days.</param>
/// <param name="StatutoryDays">Working days the authority has after the file is complete before the statutory deadline.</param>
/// <param name="OnStatutoryDeadline"><c>DeemApprove</c> (fiktif positif) or <c>Notify</c>.</param>
/// <param name="LegalBasis">The regulations the permit rests on.</param>
/// <param name="PermitValidityYears">How long an issued permit is valid; 0 means no expiry.</param>
/// <param name="Permit">
/// What the permit shows, kept with the route (<c>permit</c>: <c>title</c>, <c>grantStatement</c>, <c>holderNameField</c>,
/// <c>holderNikField</c>, <c>fields</c> of <c>{field, label, suffix?}</c>, optional <c>validity</c> and <c>legalBasis</c>; the
/// permit template's shape without <c>schemaVersion</c> and <c>route</c>). Null when the route's permit template is a file
/// of the templates folder. Read by the engine's documents, kept here as written.
/// </param>
public sealed record DefinitionOptions(
    string? ServiceCode = null,
    IReadOnlyList<ServiceRequirement>? Requirements = null,
    FeeInfo? Fee = null,
    int? SlaDays = null,
    int? StatutoryDays = null,
    string? OnStatutoryDeadline = null,
    IReadOnlyList<string>? LegalBasis = null,
    int? PermitValidityYears = null,
    JsonObject? Permit = null);
