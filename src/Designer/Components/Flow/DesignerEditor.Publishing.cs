using Mpp.Workflows.Designer.Definitions;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// Saving and publishing: a draft is saved as it stands; publishing first opens a dialog with the draft compared with
/// the published version (DefinitionComparison), and publishes only when the analyst confirms.
/// </summary>
public partial class DesignerEditor
{
    private bool _publishDialog;
    private DefinitionDiff? _publishDiff;
    private int _publishDialogPublished;

    /// <summary>The route's published version (0 before the first publication): what comparing and moving files are about.</summary>
    private int _lastPublished;

    /// <summary>"Terbitkan": the dialog with what changes for new applications, or nothing published yet.</summary>
    private async Task OpenPublishAsync()
    {
        Sync();
        var published = await Definitions.GetAsync(DefinitionId, VersionSelector.Published, CancellationToken.None);
        (_publishDiff, _publishDialogPublished) = published is not null && JsonNode.Parse(published.Json) is JsonObject document && _document is not null
            ? (DefinitionComparison.Compare(document, _document), published.Version)
            : (null, 0);

        // The comparison panel would show twice (and its heading's id with it).
        (_comparison, _publishedDocument, _compareMessage) = (null, null, null);
        _publishDialog = true;
    }

    private Task ConfirmPublishAsync()
    {
        _publishDialog = false;
        return PublishAsync();
    }

    private void CancelPublish() => _publishDialog = false;

    /// <summary>The version publishing makes the published one: the draft itself, or the next one when the latest is published.</summary>
    private int NextPublishedVersion => _published ? _version + 1 : _version;

    private async Task CompareAsync()
    {
        Sync();
        var published = await Definitions.GetAsync(DefinitionId, VersionSelector.Published, CancellationToken.None);
        if (published is null || JsonNode.Parse(published.Json) is not JsonObject document || _document is null)
        {
            (_publishedDocument, _comparison, _compareMessage) = (null, null, Texts.NothingPublished);
            return;
        }

        (_publishedDocument, _publishedVersion, _compareMessage) = (document, published.Version, null);
        _comparison = DefinitionComparison.Compare(document, _document);
    }

    private async Task<bool> SaveAsync()
    {
        Sync();
        _publishErrors = [];
        try
        {
            var saved = await Editor.SaveDraftAsync(DefinitionId, (JsonObject)_document!.DeepClone(), CancellationToken.None);
            _version = saved.Version;
            _published = false;
            _message = Texts.DraftSaved(saved.Version);
            return true;
        }
        catch (CommandException e)
        {
            _publishErrors = await RefusalLinesAsync(e);
            return false;
        }
    }

    private async Task PublishAsync()
    {
        if (!await SaveAsync())
        {
            return;
        }

        try
        {
            var published = await Editor.PublishLatestAsync(DefinitionId, CancellationToken.None);
            (_version, _lastPublished) = (published.Version, published.Version);
            _published = true;
            (_publishedDocument, _comparison) = (null, null);
            _message = Texts.PublishedVersion(published.Version);
        }
        catch (CommandException e)
        {
            _message = null;
            _publishErrors = await RefusalLinesAsync(e);
        }
    }

    /// <summary>
    /// A refused save or publish as the analyst reads it: the route's findings in their words (the refusal's own errors are
    /// English JSON paths for API clients), or the refusal itself translated when it is not about the route's content.
    /// </summary>
    private async Task<List<string>> RefusalLinesAsync(CommandException refusal)
    {
        if (refusal.Kind is CommandErrorKind.Invalid or CommandErrorKind.Unprocessable && _document is not null)
        {
            var check = await Checker.CheckAsync(_document, CancellationToken.None);
            var messages = new ValidationMessages(check.Definition);
            if (check.Errors.Select(messages.Render).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } lines)
            {
                return lines;
            }
        }

        return [Glossary.Refusal(refusal)];
    }
}
