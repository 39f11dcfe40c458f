using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Tests.Persistence;

public abstract partial class WorkflowStoreContract
{
    [Fact]
    public async Task FindVerifiableDocumentAsync_FindsPermitsAndRefusalsWithTheirCodeHash_NeverReceipts()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var permit = Document(instance, DocumentKinds.Permit, Future(1));
        permit = permit with { CheckCodeHash = DocumentCheckCode.Hash(permit.Summary.Number, DocumentCheckCode.Derive(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), Guid.NewGuid())) };
        var legacyRefusal = Document(instance, DocumentKinds.Rejection, Future(2));
        var receipt = Document(instance, DocumentKinds.Receipt, Future(0));
        await InsertDocumentsAsync(permit, legacyRefusal, receipt);

        Assert.Equal(new VerifiableDocument(permit.Summary, permit.CheckCodeHash), await Store.FindVerifiableDocumentAsync(permit.Summary.Number, None));
        Assert.Equal(new VerifiableDocument(legacyRefusal.Summary, null), await Store.FindVerifiableDocumentAsync(legacyRefusal.Summary.Number, None));
        Assert.Null(await Store.FindVerifiableDocumentAsync(receipt.Summary.Number, None));
        Assert.NotNull(await Store.FindDocumentByNumberAsync(receipt.Summary.Number, None));
        Assert.Null(await Store.FindVerifiableDocumentAsync(permit.Summary.Number + "0", None));
    }
}
