using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;
using Mpp.Workflows.Definitions;
using Mpp.Workflows.Engine.Persistence;
using Mpp.Workflows.Engine.Reading;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>Reads a definition document and validates it against the catalog and the offices in the store.</summary>
internal sealed class DefinitionChecker(IOfficeReader offices)
{
    public async Task<DefinitionCheck> CheckAsync(JsonNode? document, CancellationToken cancellationToken)
    {
        if (document is not JsonObject)
        {
            return new DefinitionCheck(null, [new ValidationError("$", "A definition is a JSON object.")]);
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
        return new DefinitionCheck(definition, DefinitionValidator.Validate(definition, known));
    }
}
