using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary><c>Mpp.SendEmail</c>: queues an email, by default to the applicant, with the named documents attached.</summary>
public sealed class SendEmailActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new(
        ActivityTypes.SendEmail,
        "Kirim surel",
        "Pemberitahuan",
        "Mengirim surel, bawaannya kepada pemohon, dengan dokumen yang disebut sebagai lampiran.",
        [
            new InputDescriptor("to", "String", "Kepada", "SingleLine", Required: false,
                Description: "Alamat penerima; kosong berarti pemohon.", Syntaxes: [ExpressionType.Literal, ExpressionType.JavaScript]),
            new InputDescriptor("subject", "String", "Perihal", "SingleLine", Required: false,
                Syntaxes: [ExpressionType.Literal, ExpressionType.JavaScript]),
            new InputDescriptor("body", "String", "Isi", "MultiLine", Required: false,
                Syntaxes: [ExpressionType.Literal, ExpressionType.JavaScript]),
            new InputDescriptor("attachments", "String[]", "Lampiran", "StringList", Required: false, ExpressionType.Object,
                "Jenis dokumen yang dilampirkan: Receipt, Permit, Rejection.", IssueDocumentActivity.Kinds),
        ],
        [new PortDescriptor(PortNames.Done, "Selesai")]);

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
