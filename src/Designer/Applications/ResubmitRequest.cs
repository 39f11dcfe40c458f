namespace Mpp.Workflows.Designer.Applications;

/// <summary>Body of <c>POST /api/applications/{id}/resubmit</c>: the corrected fields (others keep their values).</summary>
internal sealed record ResubmitRequest(JsonObject? Data);
