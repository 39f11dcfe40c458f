namespace Mpp.Workflows.Engine.Documents;

/// <summary>Renders the documents an application produces as unsigned PDF bytes.</summary>
public interface IDocumentRenderer
{
    byte[] RenderReceipt(ReceiptContent content);

    byte[] RenderPermit(PermitContent content);

    byte[] RenderRejection(RejectionContent content);
}
