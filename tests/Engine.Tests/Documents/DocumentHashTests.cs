using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Tests.Documents;

public sealed class DocumentHashTests
{
    [Fact]
    public void Sha256Hex_MatchesTheFipsTestVectorInLowerCase()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DocumentHash.Sha256Hex(Encoding.ASCII.GetBytes("abc")));
    }
}
