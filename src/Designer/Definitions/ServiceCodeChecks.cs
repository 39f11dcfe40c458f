using System.Collections.Concurrent;
using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Model;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// The route's service code, which every registration number carries (<c>503-IK-2026-000001</c>): upper-case letters and
/// digits as <see cref="RouteLifecycle.IsServiceCode"/> says, and not the code of another route's published version, or two
/// services would share numbers and a number would no longer say which service it is. Only published routes own a code: two
/// drafts may try the same one, and the second to be published is refused. The studio checks on every edit, so a published
/// version's code (which never changes) is read once.
/// </summary>
internal sealed class ServiceCodeChecks(IDefinitionReader definitions)
{
    private readonly ConcurrentDictionary<(string DefinitionId, int Version), string?> _published = new();

    public async Task<IEnumerable<ValidationError>> FindAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var code = definition.Options.ServiceCode?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return [];
        }

        if (!RouteLifecycle.IsServiceCode(code))
        {
            return [new ValidationError(Path, $"The service code '{code}' must be 2 to 10 upper-case letters or digits.") { Code = ValidationCodes.ServiceCodeInvalid }];
        }

        var owner = (await CodesAsync(cancellationToken))
            .FirstOrDefault(c => c.Code == code && !string.Equals(c.DefinitionId, definition.DefinitionId, StringComparison.Ordinal));
        return owner.DefinitionId is null
            ? []
            : [new ValidationError(Path, $"The service code '{code}' is already the code of route '{owner.DefinitionId}'.")
            {
                Code = ValidationCodes.ServiceCodeTaken,
                Arguments = [code, owner.DefinitionId],
            }];
    }

    private const string Path = "$.options.serviceCode";

    private async Task<IReadOnlyList<(string DefinitionId, string Code)>> CodesAsync(CancellationToken cancellationToken)
    {
        var codes = new List<(string, string)>();
        foreach (var summary in await definitions.ListAsync(cancellationToken))
        {
            if (summary.PublishedVersion is { } published && await PublishedCodeAsync(summary.DefinitionId, published, cancellationToken) is { } code)
            {
                codes.Add((summary.DefinitionId, code));
            }
        }

        return codes;
    }

    /// <summary>A published version never changes, so its code is read once.</summary>
    private async Task<string?> PublishedCodeAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        if (_published.TryGetValue((definitionId, version), out var known))
        {
            return known;
        }

        var record = await definitions.GetAsync(definitionId, VersionSelector.Exact(version), cancellationToken);
        var code = record is null ? null : CodeOf(record.Json);
        _published[(definitionId, version)] = code;
        return code;
    }

    /// <summary>The code a version's applications are numbered with: its service code, else its id in capitals (as submitting does).</summary>
    private static string? CodeOf(string json)
    {
        try
        {
            var definition = DefinitionJsonReader.Read(json);
            return definition.Options.ServiceCode?.Trim() is { Length: > 0 } code ? code : definition.DefinitionId.ToUpperInvariant();
        }
        catch (DefinitionFormatException)
        {
            return null;
        }
    }
}
