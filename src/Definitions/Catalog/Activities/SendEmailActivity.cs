using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary><c>Mpp.SendEmail</c>: queues an email, by default to the applicant, with the named documents attached.</summary>
public sealed class SendEmailActivity() : ActivityType(ActivityTypes.SendEmail)
{
    protected override void ValidateInputs(ActivityNode node, string path, ValidationContext context)
    {
        foreach (var input in new[] { "to", "subject", "body" })
        {
            InputChecks.CheckText(node, input, path, context);
        }

        if (InputChecks.CheckNames(node, "attachments", path, context) is not null && node.GetObject("attachments") is JsonArray attachments)
        {
            for (var i = 0; i < attachments.Count; i++)
            {
                var kind = JsonNodes.AsString(attachments[i]);
                if (!string.IsNullOrWhiteSpace(kind) && InputChecks.Choose(kind, IssueDocumentActivity.Kinds) is null)
                {
                    context.Add(JsonPaths.Index(InputChecks.PathOf(path, "attachments"), i),
                        $"Unknown document kind '{kind}'; use {string.Join(", ", IssueDocumentActivity.Kinds)}.");
                }
            }
        }
    }
}
