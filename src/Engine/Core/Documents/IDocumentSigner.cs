namespace Mpp.Workflows.Engine.Documents;

/// <summary>Adds a PDF digital signature to a rendered document.</summary>
public interface IDocumentSigner
{
    /// <summary>Returns a new PDF carrying a detached PKCS#7 signature over the whole file but the signature value.</summary>
    byte[] Sign(byte[] pdf, SignatureInfo info);
}
