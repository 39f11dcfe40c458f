namespace Mpp.Workflows.Engine.Documents;

/// <summary>Renders a service standard as unsigned PDF bytes; the host signs it with the office's <see cref="IDocumentSigner"/>.</summary>
public interface IServiceStandardRenderer
{
    byte[] RenderStandard(ServiceStandardContent content);
}
