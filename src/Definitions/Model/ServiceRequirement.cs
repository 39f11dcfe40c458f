namespace Mpp.Workflows.Definitions.Model;

/// <summary>
/// One requirement of the service standard: a document the applicant either uploads with the form (<see cref="Upload"/>
/// names the form's File field) or brings to the counter (<see cref="Bring"/> says what exactly, e.g. "asli dan 1 lembar
/// fotokopi"). Written as an object, or as a bare string (the name alone: a document brought to the counter).
/// </summary>
/// <example>
/// <c>{ "name": "STR yang masih berlaku", "upload": "dokumenStr" }</c>,
/// <c>{ "name": "Pas foto berwarna 4x6 cm", "bring": "2 lembar" }</c>, <c>"Fotokopi KTP"</c>
/// </example>
/// <param name="Name">What the document is, as the applicant knows it.</param>
/// <param name="Upload">The File field of the application form that takes it; null when it is brought to the counter.</param>
/// <param name="Bring">What to bring to the counter (originals, copies, how many); null for the name alone.</param>
public sealed record ServiceRequirement(string Name, string? Upload = null, string? Bring = null)
{
    /// <summary>Whether the document is uploaded with the form rather than brought to the counter (<i>bawa ke loket</i>).</summary>
    public bool IsUploaded => Upload is not null;
}
