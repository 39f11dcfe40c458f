using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Engine.Attachments;

namespace Mpp.Workflows.Designer.Applications;

/// <summary>
/// Body of <c>POST /api/applications</c> (and the <c>application</c> part of its <c>with-files</c> variant);
/// <see cref="Data"/> is checked against the published form.
/// </summary>
internal sealed record SubmitRequest(string? DefinitionId, Applicant? Applicant, JsonObject? Data)
{
    /// <summary>
    /// The engine's command for this body, once the caller has checked that it names a service. A front office filing a
    /// walk-in's application is recorded by name; anyone else files as the applicant.
    /// </summary>
    public SubmitCommand ToCommand(string? idempotencyKey, ClaimsPrincipal user, IReadOnlyList<AttachmentUpload>? files = null) =>
        new(
            DefinitionId!.Trim(),
            Applicant!,
            Data ?? [],
            string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey,
            user.IsInRole(StaffRoles.FrontOffice) ? user.ToActor() : Actor.Applicant,
            files);
}
