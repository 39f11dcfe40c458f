using Mpp.Workflows.Definitions.Validation;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Errors for mail steps that could send citizen data outside the regency (<see cref="RouteMailPolicy"/>): a literal recipient
/// that is not in an allowed domain, a recipient computed by a formula while no domain is allowed, and the applicant's receipt
/// attached to a mail that names a recipient. The outbox refuses the same mails when they are sent.
/// </summary>
internal static class MailChecks
{
    public static IEnumerable<ValidationError> Find(WorkflowDefinition definition, RouteMailPolicy policy)
    {
        var activities = definition.Root.Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (activity.Type != ActivityTypes.SendEmail || activity.GetExpression("to") is not { } to)
            {
                continue;
            }

            var path = $"$.root.activities[{i}].to";
            var literal = to.Type == ExpressionType.Literal ? activity.GetLiteralString("to")?.Trim() : null;
            var script = to.Type == ExpressionType.JavaScript && to.Value is JsonValue source && source.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text);
            var named = script || !string.IsNullOrEmpty(literal);
            if (script && policy.AllowedDomains.Count == 0)
            {
                yield return Error(path, activity, ValidationCodes.MailRecipientScript, "The recipient may not be a script while no domain is allowed.");
            }
            else if (!string.IsNullOrEmpty(literal) && !policy.Allows(literal))
            {
                yield return Error(path, activity, ValidationCodes.MailRecipientNotAllowed,
                    $"'{literal}' is not in an allowed recipient domain.", literal, string.Join(", ", policy.AllowedDomains));
            }

            if (named && activity.GetStringList("attachments").Contains(DocumentKinds.Receipt, StringComparer.OrdinalIgnoreCase))
            {
                yield return Error($"$.root.activities[{i}].attachments", activity, ValidationCodes.MailReceiptToOther,
                    "The receipt may only be mailed to the applicant.");
            }
        }
    }

    private static ValidationError Error(string path, ActivityNode activity, string code, string message, params string[] arguments) =>
        new(path, message) { Code = code, Arguments = arguments, ActivityId = activity.Id };
}
