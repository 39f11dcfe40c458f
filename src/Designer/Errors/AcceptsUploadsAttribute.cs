namespace Mpp.Workflows.Designer.Errors;

/// <summary>
/// Marks an endpoint (an API route or a page) that receives applicants' files: its body may be as large as
/// <see cref="RequestLimits.UploadBodyBytes"/> instead of the host-wide <see cref="RequestLimits.MaxBodyBytes"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class AcceptsUploadsAttribute : Attribute;
