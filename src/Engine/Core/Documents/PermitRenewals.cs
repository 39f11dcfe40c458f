using Mpp.Workflows.Engine.Calendar;
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
public sealed class PermitRenewals(
    IWorkflowStore store, DefinitionProvider definitions, IOptions<DocumentOptions> options, TrackingTokenIssuer secrets,
    TimeProvider time, IOptions<EngineOptions> engine)
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
    /// unknown, revoked or not a permit, or <paramref name="renewal"/> is not the route that renews it; and null, alike, once
    /// the link has served its purpose: a renewal of the permit was issued, or the permit ended more than
    /// <see cref="DocumentOptions.RenewalLinkGraceDays"/> days ago (the link would otherwise show the holder's NIK, e-mail
    /// and phone for ever).
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

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZones.Resolve(engine.Value.TimeZone)).DateTime);
        if (permit.ValidUntil is { } end && today > end.AddDays(Math.Max(0, options.Value.RenewalLinkGraceDays))
            || await store.FindRenewalOfAsync(permit.Id, cancellationToken).ConfigureAwait(false) is not null)
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
    /// The permit a renewal's permit continues: the one <see cref="CheckAsync(PermitTemplate, Guid, Applicant, JsonObject, CancellationToken)"/>
    /// finds and matches to this application's applicant; null otherwise (the new permit then starts on its issue date).
    /// </summary>
    public async Task<DocumentSummary?> PreviousPermitAsync(
        PermitTemplate template, InstanceRecord instance, JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var check = await CheckAsync(template, instance.Id, EngineJson.Deserialize<Applicant>(instance.ApplicantJson), data, cancellationToken)
            .ConfigureAwait(false);
        return check is { Matches: true } ? check.Permit : null;
    }

    /// <summary>
    /// Whether an application of <paramref name="definition"/> renews a permit (see the template overload); null when the
    /// route's permit continues from no field or the application names no permit there.
    /// </summary>
    public Task<RenewalCheck?> CheckAsync(
        WorkflowDefinition definition, Guid instanceId, Applicant applicant, JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return TemplateOf(definition) is { } template
            ? CheckAsync(template, instanceId, applicant, data, cancellationToken)
            : Task.FromResult<RenewalCheck?>(null);
    }

    /// <summary>
    /// Whether the application <paramref name="instanceId"/> is the holder's renewal of the permit whose number it gives in
    /// the field the template's validity continues from: the permit must stand and its holder's NIK and name (compared
    /// after <see cref="NormalisedName"/>) must be this applicant's. Knowing a holder's NIK and permit number is not
    /// enough: a renewal filed under another name does not continue the permit. Null when the template continues from no
    /// field or the application names no permit there.
    /// </summary>
    public async Task<RenewalCheck?> CheckAsync(
        PermitTemplate template, Guid instanceId, Applicant applicant, JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(data);
        if (template.Validity.ContinuesFrom is not { } field || data[field] is not JsonValue value
            || !value.TryGetValue(out string? given) || string.IsNullOrWhiteSpace(given))
        {
            return null;
        }

        var number = given.Trim().ToUpperInvariant();
        if (number.Length > 100)
        {
            return new RenewalCheck(number[..100], null, false);
        }

        var previous = await store.FindDocumentByNumberAsync(number, cancellationToken).ConfigureAwait(false);
        if (previous is not { Kind: DocumentKinds.Permit, RevokedAt: null } || previous.InstanceId == instanceId
            || await store.GetInstanceAsync(previous.InstanceId, cancellationToken).ConfigureAwait(false) is not { } earlier)
        {
            return new RenewalCheck(number, null, false);
        }

        var holder = EngineJson.Deserialize<Applicant>(earlier.ApplicantJson);
        var matches = holder.Nik is not null && string.Equals(holder.Nik.Trim(), applicant.Nik?.Trim(), StringComparison.Ordinal)
            && NormalisedName(holder.Name) is { Length: > 0 } name && name == NormalisedName(applicant.Name);
        return new RenewalCheck(number, previous, matches);
    }

    /// <summary>
    /// A name as compared for renewals: Unicode-normalised (NFKC), lower case, letters and digits only, words separated by
    /// one space (so "dr. Sari  Wulandari" and "DR SARI WULANDARI" are the same name).
    /// </summary>
    public static string NormalisedName(string? name)
    {
        var text = (name ?? "").Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var words = new StringBuilder(text.Length);
        var gap = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && words.Length > 0)
                {
                    words.Append(' ');
                }

                words.Append(c);
                gap = false;
            }
            else
            {
                gap = true;
            }
        }

        return words.ToString();
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

/// <summary>
/// What <see cref="PermitRenewals.CheckAsync(PermitTemplate, Guid, Applicant, JsonObject, CancellationToken)"/> found: the
/// permit number the application gives, the standing permit of that number (null when there is none) and whether its
/// holder is this applicant (then the new permit continues it).
/// </summary>
public sealed record RenewalCheck(string Number, DocumentSummary? Permit, bool Matches)
{
    /// <summary>The history's words for staff (Indonesian, as the engine's other audit comments).</summary>
    public string Comment => Matches
        ? $"Perpanjangan izin {Number}: data pemohon cocok dengan pemegang izin (nama dan NIK); izin baru berlaku sejak hari setelah izin lama berakhir."
        : Permit is null
            ? $"Bukan perpanjangan izin {Number}: izin tidak ditemukan, dicabut atau bukan izin; izin baru berlaku sejak tanggal terbit."
            : $"Bukan perpanjangan izin {Number}: data pemohon tidak cocok dengan pemegang izin (nama dan NIK); izin baru berlaku sejak tanggal terbit.";
}
