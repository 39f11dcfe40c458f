using System.Security.Cryptography;

namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// Renewing a permit. The expiry reminder links the holder to the renewal route's form (<see cref="PermitTemplate.RenewalRoute"/>,
/// else the permit's own route) with the permit's id and a renewal token (<see cref="TokenFor"/>: an HMAC of the permit's id
/// under the host's tracking-token secret, like the tracking tokens, never stored). Only that link prefills the form
/// (<see cref="PrefillAsync"/>): the holder's identity, the answers of the old application whose fields the renewal's form
/// also has (files excepted) and the old permit's number in the field the renewal's permit continues from. A wrong or
/// missing token, another route, a revoked or unknown permit all give nothing, alike. When the renewal's permit is issued
/// it continues the old one (<see cref="PreviousPermitAsync"/>, <see cref="StartOf"/>).
/// </summary>
public sealed class PermitRenewals(IWorkflowStore store, DefinitionProvider definitions, IOptions<DocumentOptions> options, TrackingTokenIssuer secrets)
{
    private const int TokenBytes = 18;

    private readonly PermitTemplateCatalog _templates = new(options.Value.TemplatesDirectory);

    /// <summary>The renewal token of the permit <paramref name="documentId"/>: HMAC-SHA256 of its id under the host secret, 144 bits, base64url.</summary>
    public string TokenFor(Guid documentId)
    {
        var mac = secrets.Mac($"mpp-permit-renewal/v1/{documentId:D}");
        return Convert.ToBase64String(mac, 0, TokenBytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Whether <paramref name="token"/> is the renewal token of <paramref name="documentId"/> (compared in constant time).</summary>
    public bool TokenMatches(Guid documentId, string? token) =>
        !string.IsNullOrEmpty(token) && token.Length <= 64
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(TokenFor(documentId)), Encoding.UTF8.GetBytes(token));

    /// <summary>
    /// The route whose form renews a permit issued in an application of <paramref name="definition"/>: its template's
    /// <see cref="PermitTemplate.RenewalRoute"/>, else the route itself (also when the template cannot be read).
    /// </summary>
    public string RenewalRouteOf(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return TemplateOf(definition)?.RenewalRoute ?? definition.DefinitionId;
    }

    /// <summary>The holder's link to the renewal form of <paramref name="permit"/> on <paramref name="route"/>.</summary>
    public string RenewalUrl(DocumentSummary permit, string route)
    {
        ArgumentNullException.ThrowIfNull(permit);
        return $"{options.Value.BaseUrl}/apply/{Uri.EscapeDataString(route)}?izin={permit.Id:D}&token={Uri.EscapeDataString(TokenFor(permit.Id))}";
    }

    /// <summary>
    /// What the renewal form of <paramref name="renewal"/> starts with for the holder of permit <paramref name="documentId"/>
    /// who followed the reminder's link with <paramref name="token"/>; null when the token is not that permit's, the permit is
    /// unknown, revoked or not a permit, or <paramref name="renewal"/> is not the route that renews it.
    /// </summary>
    public async Task<RenewalPrefill?> PrefillAsync(WorkflowDefinition renewal, Guid documentId, string? token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(renewal);
        if (!TokenMatches(documentId, token)
            || await store.GetDocumentAsync(documentId, cancellationToken).ConfigureAwait(false) is not { Summary: { Kind: DocumentKinds.Permit, RevokedAt: null } permit }
            || await store.GetInstanceAsync(permit.InstanceId, cancellationToken).ConfigureAwait(false) is not { } instance)
        {
            return null;
        }

        var issuedUnder = await definitions.GetVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken).ConfigureAwait(false);
        if (RenewalRouteOf(issuedUnder) != renewal.DefinitionId)
        {
            return null;
        }

        var old = JsonNode.Parse(instance.DataJson) as JsonObject ?? [];
        var data = new JsonObject();
        foreach (var field in renewal.Inputs.Where(f => f.Type != FieldType.File && !f.IsApplicantBound))
        {
            if (old[field.Name] is JsonValue value)
            {
                data[field.Name] = value.DeepClone();
            }
        }

        if (TemplateOf(renewal)?.Validity.ContinuesFrom is { } continues)
        {
            data[continues] = permit.Number;
        }

        return new RenewalPrefill(EngineJson.Deserialize<Applicant>(instance.ApplicantJson), data, permit.Number, permit.ValidUntil);
    }

    /// <summary>
    /// The permit a renewal's permit continues: the one whose number the application gives in the field the template's
    /// validity continues from, when it is a permit that stands and its holder (by NIK) is this application's applicant.
    /// </summary>
    public async Task<DocumentSummary?> PreviousPermitAsync(
        PermitTemplate template, InstanceRecord instance, JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(data);
        if (template.Validity.ContinuesFrom is not { } field || data[field] is not JsonValue value
            || !value.TryGetValue(out string? number) || string.IsNullOrWhiteSpace(number) || number.Length > 100)
        {
            return null;
        }

        var previous = await store.FindDocumentByNumberAsync(number.Trim().ToUpperInvariant(), cancellationToken).ConfigureAwait(false);
        if (previous is not { Kind: DocumentKinds.Permit, RevokedAt: null } || previous.InstanceId == instance.Id
            || await store.GetInstanceAsync(previous.InstanceId, cancellationToken).ConfigureAwait(false) is not { } earlier)
        {
            return null;
        }

        var holder = EngineJson.Deserialize<Applicant>(earlier.ApplicantJson).Nik;
        var applicant = EngineJson.Deserialize<Applicant>(instance.ApplicantJson).Nik;
        return holder is not null && string.Equals(holder, applicant, StringComparison.Ordinal) ? previous : null;
    }

    /// <summary>The permit template of <paramref name="definition"/>; null when it has none or it cannot be read (the issuer reports that).</summary>
    private PermitTemplate? TemplateOf(WorkflowDefinition definition)
    {
        try
        {
            return _templates.For(definition);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// The first day of a renewal's validity: the day after <paramref name="previous"/> ends, or <paramref name="issuedOn"/>
    /// when there is no previous permit, it has no end, or it has already ended.
    /// </summary>
    public static DateOnly StartOf(DocumentSummary? previous, DateOnly issuedOn) =>
        previous?.ValidUntil is { } end && end >= issuedOn ? end.AddDays(1) : issuedOn;
}

/// <summary>
/// The renewal form's starting values for the permit's holder (<see cref="PermitRenewals.PrefillAsync"/>): the holder as
/// applicant, the form's answers, and the permit renewed with its last day.
/// </summary>
public sealed record RenewalPrefill(Applicant Applicant, JsonObject Data, string PermitNumber, DateOnly? ValidUntil);
