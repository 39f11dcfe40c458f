using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Mpp.Workflows.Definitions;
using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Standards;

/// <summary>
/// Builds a service's <i>standar pelayanan</i> from a published route version (<see cref="ServiceStandardContent"/>), for the
/// page <c>/standar/{service}</c>, the API and the signed PDF. A service is named by its route id or its service code; only
/// published versions have a standard, and a published version never changes, so nothing is copied: every standard is read
/// from the version it describes.
/// </summary>
public sealed partial class ServiceStandards(
    IDefinitionReader definitions, DefinitionProvider provider, IOfficeReader offices, PermitTemplateCatalog templates,
    IOptions<Letterhead> letterhead, IOptions<DocumentOptions> documents)
{
    /// <summary>Longer than any route id or service code; a longer name is not looked up.</summary>
    public const int MaxServiceLength = 100;

    /// <summary>The signed PDF of a standard (<c>GET /api/standards/{service}/pdf</c>), as the page links it.</summary>
    public static string PdfUrl(string definitionId, int version) =>
        $"/api/standards/{Uri.EscapeDataString(definitionId)}/pdf?version={version.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The standard's page.</summary>
    public static string PageUrl(string definitionId, int? version = null) =>
        $"/standar/{Uri.EscapeDataString(definitionId)}" + (version is { } v ? $"?version={v.ToString(CultureInfo.InvariantCulture)}" : "");

    private readonly ConcurrentDictionary<(string DefinitionId, int Version), DateTimeOffset> _published = new();

    /// <summary>
    /// The standard of <paramref name="service"/> (route id, or service code in any case) at <paramref name="version"/>, or at
    /// its current published version when null; null when the service, or that version as a published one, is unknown.
    /// </summary>
    public async Task<ServiceStandardContent?> FindAsync(string service, int? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        service = service.Trim();
        if (service.Length is 0 or > MaxServiceLength || version is < 1)
        {
            return null;
        }

        if (await ResolveAsync(service, cancellationToken) is not { PublishedVersion: { } current } summary)
        {
            return null;
        }

        var definitionId = summary.DefinitionId;
        var versions = await PublishedVersionsAsync(summary, cancellationToken);
        var chosen = version ?? current;
        if (!versions.TryGetValue(chosen, out var publishedAt))
        {
            return null;
        }

        var definition = await provider.GetVersionAsync(definitionId, chosen, cancellationToken);
        var officeNames = (await offices.ListAsync(cancellationToken)).ToDictionary(o => o.Code, o => o.Name, StringComparer.OrdinalIgnoreCase);
        // An old version's standard is read to learn what applied then, so it says until when it was in force.
        var supersededAt = versions.Where(v => v.Key > chosen).OrderBy(v => v.Key).Select(v => (DateTimeOffset?)v.Value).FirstOrDefault();
        return Build(definition, publishedAt, officeNames) with { PublishedVersions = [.. versions.Keys.Order()], SupersededAt = supersededAt };
    }

    private ServiceStandardContent Build(WorkflowDefinition definition, DateTimeOffset publishedAt, IReadOnlyDictionary<string, string> officeNames)
    {
        var options = definition.Options;
        var path = MainPath.Find(definition.Root);
        var steps = new List<StandardStep>();
        foreach (var step in path?.Steps ?? [])
        {
            var office = step.Activity.Type == ActivityTypes.HumanTask && HumanTaskActivity.ReadSpec(step.Activity).Office is { Length: > 0 } code
                ? officeNames.GetValueOrDefault(code, code)
                : null;
            steps.Add(new StandardStep(steps.Count + 1, step.Activity.Id, step.Activity.Name ?? step.Activity.Id, office,
                step.Activity.Type == ActivityTypes.HumanTask ? step.Days : null, step.Fork is not null));
        }

        return new ServiceStandardContent(
            definition.DefinitionId, definition.Version, definition.Name, options.ServiceCode, definition.Description, publishedAt,
            options.LegalBasis ?? [], Requirements(definition), FormFields(definition), steps, path?.Days ?? 0, options.SlaDays,
            options.StatutoryDays, string.Equals(options.OnStatutoryDeadline, "DeemApprove", StringComparison.OrdinalIgnoreCase), options.Fee,
            Products(definition), options.PermitValidityYears, Channels(), StandardDiagrams.Draw(definition.Root, path, steps));
    }

    /// <summary>The route's requirements, then each file field of the form that no requirement names (it is asked for too).</summary>
    private static List<StandardRequirement> Requirements(WorkflowDefinition definition)
    {
        var requirements = definition.Options.Requirements ?? [];
        string Label(string field) => definition.Inputs.FirstOrDefault(i => i.Name == field)?.DisplayName ?? field;
        var list = requirements.Select(r => new StandardRequirement(r.Name, r.Upload is { } field ? Label(field) : null, r.Bring)).ToList();
        list.AddRange(definition.Inputs
            .Where(i => i.Type == FieldType.File && !requirements.Any(r => r.Upload == i.Name))
            .Select(i => new StandardRequirement(i.DisplayName, i.DisplayName, null)));
        return list;
    }

    private static List<string> FormFields(WorkflowDefinition definition) =>
        [.. definition.Inputs.Where(i => i.Type != FieldType.File).Select(i => i.DisplayName)];

    /// <summary>The receipt every application gets, then the documents the route's steps issue, in the order they appear.</summary>
    private List<StandardProduct> Products(WorkflowDefinition definition)
    {
        var kinds = definition.Root.Activities
            .Where(a => a.Type == ActivityTypes.IssueDocument)
            .Select(IssueDocumentActivity.ReadKind)
            .OfType<string>()
            .Where(k => k != DocumentKinds.Receipt)
            .Distinct(StringComparer.Ordinal);
        var products = new List<StandardProduct> { new(DocumentKinds.Receipt, null) };
        foreach (var kind in kinds)
        {
            products.Add(new StandardProduct(kind, kind == DocumentKinds.Permit ? PermitTitle(definition) : null));
        }

        return products;
    }

    private string? PermitTitle(WorkflowDefinition definition)
    {
        try
        {
            return templates.For(definition)?.Title is { } title
                ? Spaces().Replace(Placeholder().Replace(title, m => InWords(definition.Inputs.FirstOrDefault(i => i.Name == m.Groups[1].Value)?.DisplayName)), " ").Trim()
                : null;
        }
        catch (InvalidDataException)
        {
            // A template the studio would have refused at publishing: the standard still says a permit is issued.
            return null;
        }
    }

    /// <summary>
    /// A form field a permit title prints (<c>SURAT IZIN PRAKTIK {profesi}</c>): the standard describes every applicant's
    /// permit, so it says in words what fills the blank, "(sesuai profesi)" from the field's label; a field the form does not
    /// have is left out.
    /// </summary>
    private static string InWords(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return "";
        }

        // An acronym (NIK, STR) keeps its capitals; a word reads as part of the sentence.
        var natural = label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1])
            ? char.ToLower(label[0], CultureInfo.GetCultureInfo("id-ID")) + label[1..]
            : label;
        return $"(sesuai {natural})";
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <summary>This mall's complaint page, SP4N-LAPOR!, then the office's contacts as its letterhead prints them.</summary>
    private List<StandardChannel> Channels()
    {
        var office = letterhead.Value;
        var channels = new List<StandardChannel>
        {
            new(StandardChannel.Kinds.ComplaintPage, documents.Value.BaseUrl + "/pengaduan"),
            new(StandardChannel.Kinds.Lapor, StandardChannel.LaporUrl),
        };
        if (office.Phone.Length > 0)
        {
            channels.Add(new(StandardChannel.Kinds.Phone, office.Phone));
        }

        if (office.Email.Length > 0)
        {
            channels.Add(new(StandardChannel.Kinds.Email, office.Email));
        }

        if (office.Address.Length > 0)
        {
            channels.Add(new(StandardChannel.Kinds.Address, $"{office.OfficeName}, {office.Address}"));
        }

        return channels;
    }

    /// <summary>The route <paramref name="service"/> names: the one with that id, else the one whose published version has that code.</summary>
    private async Task<DefinitionSummary?> ResolveAsync(string service, CancellationToken cancellationToken)
    {
        var summaries = await definitions.ListAsync(cancellationToken);
        if (summaries.FirstOrDefault(s => string.Equals(s.DefinitionId, service, StringComparison.Ordinal)) is { } exact)
        {
            return exact;
        }

        foreach (var summary in summaries.Where(s => s.PublishedVersion is not null))
        {
            var published = await provider.GetPublishedAsync(summary.DefinitionId, cancellationToken);
            if (string.Equals(published?.Options.ServiceCode?.Trim(), service, StringComparison.OrdinalIgnoreCase))
            {
                return summary;
            }
        }

        return null;
    }

    /// <summary>Every published version with when it was published; a version once published stays so, and is remembered.</summary>
    private async Task<Dictionary<int, DateTimeOffset>> PublishedVersionsAsync(DefinitionSummary summary, CancellationToken cancellationToken)
    {
        var definitionId = summary.DefinitionId;
        var versions = new Dictionary<int, DateTimeOffset>();
        for (var version = 1; version <= summary.LatestVersion; version++)
        {
            if (_published.TryGetValue((definitionId, version), out var known))
            {
                versions[version] = known;
            }
            else if (await definitions.GetAsync(definitionId, VersionSelector.Exact(version), cancellationToken) is { PublishedAt: { } at })
            {
                versions[version] = _published.GetOrAdd((definitionId, version), at);
            }
        }

        return versions;
    }
}
