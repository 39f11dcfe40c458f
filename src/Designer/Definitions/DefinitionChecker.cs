using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;
using Mpp.Workflows.Definitions;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Reads a definition document and validates it against the catalog and the offices in the store, adds an error for each
/// permit step whose permit cannot be drawn (no permit settings and no template file, or an unreadable one) and the host's
/// rule on whom route mails may go to (<see cref="MailChecks"/>) and a service code of its own (<see cref="ServiceCodeChecks"/>) as errors, then the service checks
/// (<see cref="ServiceChecks"/>) as warnings, which do not make the definition invalid.
/// </summary>
internal sealed class DefinitionChecker(
    IOfficeReader offices, IAccountReader accounts, PermitTemplateCatalog permitTemplates, IOptions<EngineOptions> engine, ServiceCodeChecks serviceCodes)
{
    /// <summary>Argument of <see cref="ValidationCodes.PermitTemplateMissing"/>: the route has no permit at all.</summary>
    public const string PermitMissing = "missing";

    /// <summary>Argument of <see cref="ValidationCodes.PermitTemplateMissing"/>: the route's permit cannot be read.</summary>
    public const string PermitUnreadable = "unreadable";

    private readonly RouteMailPolicy mailPolicy = new(engine.Value.Mail.AllowedRecipientDomains);

    public async Task<DefinitionCheck> CheckAsync(JsonNode? document, CancellationToken cancellationToken)
    {
        if (document is not JsonObject)
        {
            return new DefinitionCheck(null, [new ValidationError("$", "A definition is a JSON object.") { Code = ValidationCodes.NotADefinition }]);
        }

        Mpp.Workflows.Definitions.Model.WorkflowDefinition definition;
        try
        {
            definition = DefinitionJsonReader.Read(document.ToJsonString());
        }
        catch (DefinitionFormatException e)
        {
            return new DefinitionCheck(null, [new ValidationError(e.Path, e.Reason)]);
        }

        var known = (await offices.ListAsync(cancellationToken)).Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var errors = DefinitionValidator.Validate(definition, known)
            .Concat(UndrawablePermits(definition)).Concat(MailChecks.Find(definition, mailPolicy))
            .Concat(await serviceCodes.FindAsync(definition, cancellationToken)).Concat(PermitFieldChecks.Find(definition)).ToList();
        var warnings = ServiceChecks.Find(definition, await accounts.ListAsync(cancellationToken)).ToList();
        return new DefinitionCheck(definition, errors) { Warnings = warnings };
    }

    /// <summary>
    /// Each permit step of a route whose permit the issuer could not draw (<see cref="DocumentIssuer"/> reads the route's own
    /// permit, else the template file named after the route): it would fail when the step runs.
    /// </summary>
    private IEnumerable<ValidationError> UndrawablePermits(Mpp.Workflows.Definitions.Model.WorkflowDefinition definition)
    {
        var activities = definition.Root.Activities;
        string? reason = null, detail = null;
        var looked = false;
        for (var i = 0; i < activities.Count; i++)
        {
            if (activities[i].Type != ActivityTypes.IssueDocument || activities[i].GetLiteralString("kind") is not { } kind
                || !string.Equals(kind.Trim(), DocumentKinds.Permit, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!looked)
            {
                looked = true;
                try
                {
                    reason = permitTemplates.For(definition) is null ? PermitMissing : null;
                }
                catch (InvalidDataException e)
                {
                    (reason, detail) = (PermitUnreadable, e.Message);
                }
            }

            if (reason is not null)
            {
                yield return new ValidationError($"$.root.activities[{i}].kind", reason == PermitMissing
                    ? $"The route has no permit settings (options.permit) and no template file {permitTemplates.PathOf(definition.DefinitionId)}: the permit cannot be drawn."
                    : $"The route's permit cannot be read: {detail}")
                {
                    Code = ValidationCodes.PermitTemplateMissing, Arguments = detail is null ? [reason] : [reason, detail], ActivityId = activities[i].Id,
                };
            }
        }
    }
}
