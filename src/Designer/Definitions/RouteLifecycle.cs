using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// A route's beginning and the end of its drafts, for the API and the studio alike: a new route (blank, copied or imported)
/// is saved as its first draft; a draft that was never published may be deleted, a published version never.
/// </summary>
internal sealed class RouteLifecycle(IWorkflowStore store, DefinitionEditor editor, IOfficeReader offices, PermitTemplateCatalog permitTemplates)
{
    /// <summary>The longest route or service name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>
    /// Saves the first draft of a new route. Refused with 400 (errors by property) for a bad id, name or service code, a
    /// route to copy that does not exist, or an import that is not a definition; with 409 when the id is taken.
    /// </summary>
    public async Task<DraftSaved> CreateAsync(NewRoute request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = Check(request);
        var id = request.DefinitionId?.Trim() ?? string.Empty;
        var name = request.Name?.Trim() ?? string.Empty;
        var code = string.IsNullOrWhiteSpace(request.ServiceCode) ? null : request.ServiceCode.Trim();

        JsonObject? source = request.Document;
        PermitTemplate? fileTemplate = null;
        if (request.CopyFrom is { } copyFrom)
        {
            var record = await store.GetDefinitionAsync(copyFrom, VersionSelector.Latest, cancellationToken);
            source = record is null ? null : JsonNode.Parse(record.Json) as JsonObject;
            if (source is null)
            {
                errors["copyFrom"] = [Texts.RouteToCopyMissing(ApplicationDataValidator.Printable(copyFrom))];
            }
            else
            {
                fileTemplate = TemplateFile(copyFrom);
            }
        }

        if (errors.Count > 0)
        {
            throw new CommandException(CommandErrorKind.Invalid, Texts.NewRouteRefused, string.Join(" ", errors.Values.SelectMany(m => m)), errors);
        }

        if (await store.GetDefinitionAsync(id, VersionSelector.Latest, cancellationToken) is not null)
        {
            throw new CommandException(CommandErrorKind.Conflict, Texts.RouteIdTaken(id));
        }

        var document = source is null
            ? RouteSkeletons.Blank(id, name, code, await offices.ListAsync(cancellationToken))
            : RouteSkeletons.Copy(source, id, name, code, fileTemplate);
        return await editor.SaveDraftAsync(id, document, cancellationToken);
    }

    /// <summary>
    /// Deletes the route's draft (its latest version, never published) and returns its version. 404 for an unknown route;
    /// 409 when the latest version is published: a published version is never deleted.
    /// </summary>
    public async Task<int> DeleteDraftAsync(string definitionId, CancellationToken cancellationToken)
    {
        if (await store.DeleteDraftAsync(definitionId, cancellationToken) is { } deleted)
        {
            return deleted;
        }

        var printable = ApplicationDataValidator.Printable(definitionId);
        throw await store.GetDefinitionAsync(definitionId, VersionSelector.Latest, cancellationToken) is null
            ? new CommandException(CommandErrorKind.NotFound, Texts.RouteMissing(printable))
            : new CommandException(CommandErrorKind.Conflict, Texts.NoDraftToDelete(printable));
    }

    private static Dictionary<string, string[]> Check(NewRoute request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (IdRefusal(request.DefinitionId?.Trim()) is { } idRefusal)
        {
            errors["definitionId"] = [idRefusal];
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [Texts.RouteNameRule(MaxNameLength)];
        }

        if (!string.IsNullOrWhiteSpace(request.ServiceCode) && !IsServiceCode(request.ServiceCode.Trim()))
        {
            errors["serviceCode"] = [Texts.ServiceCodeRule];
        }

        else if (request.CopyFrom is not null && string.IsNullOrWhiteSpace(request.ServiceCode))
        {
            errors["serviceCode"] = [Texts.ServiceCodeForCopy];
        }

        if (request.CopyFrom is not null && request.Document is not null)
        {
            errors["document"] = [Texts.CopyOrImport];
        }

        return errors;
    }

    /// <summary>
    /// Why <paramref name="definitionId"/> cannot name a new route (the rule of <c>POST /api/definitions</c> and of the first
    /// draft saved under an id), or null when it can: a kebab-case slug (<see cref="Slugs.IsSlug"/>).
    /// </summary>
    public static string? IdRefusal(string? definitionId) => Slugs.IsSlug(definitionId) ? null : Texts.RouteIdRule(Slugs.MaxLength);

    /// <summary>Upper-case letters and digits, 2 to 10, as registration numbers carry them (<c>SIP</c>, <c>IK</c>).</summary>
    public static bool IsServiceCode(string code) =>
        code.Length is >= 2 and <= 10 && code.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9');

    private PermitTemplate? TemplateFile(string route)
    {
        try
        {
            return permitTemplates.Find(route);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
