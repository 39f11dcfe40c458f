using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;
using Mpp.Workflows.Definitions;
using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Engine.Persistence;
using Mpp.Workflows.Engine.Reading;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Reads a definition document and validates it against the catalog and the offices in the store; then adds the service
/// checks (<see cref="ServiceChecks"/>) as warnings, which do not make the definition invalid, and the host's rule on whom
/// route mails may go to (<see cref="MailChecks"/>) as errors.
/// </summary>
internal sealed class DefinitionChecker(IOfficeReader offices, IAccountReader accounts, IOptions<EngineOptions> engine)
{
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
        var errors = DefinitionValidator.Validate(definition, known).Concat(MailChecks.Find(definition, mailPolicy)).ToList();
        var warnings = ServiceChecks.Find(definition, await accounts.ListAsync(cancellationToken)).ToList();
        return new DefinitionCheck(definition, errors) { Warnings = warnings };
    }
}
