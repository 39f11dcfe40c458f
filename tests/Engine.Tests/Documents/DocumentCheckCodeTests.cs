using System.Security.Cryptography;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Tests.Documents;

public sealed class DocumentCheckCodeTests
{
    private const string Number = "503/0042/SIP/DPMPTSP/2026";

    private static readonly byte[] Secret = RandomNumberGenerator.GetBytes(32);

    /// <summary>A well-formed code of some document.</summary>
    internal static string AnyCode() => DocumentCheckCode.Derive(Secret, Guid.NewGuid());

    [Fact]
    public void Derive_IsTwentyCrockfordCharactersInFourGroups_OnePerDocument_AndRepeatable()
    {
        var ids = Enumerable.Range(0, 2000).Select(_ => Guid.NewGuid()).ToList();
        var codes = ids.Select(id => DocumentCheckCode.Derive(Secret, id)).ToList();

        Assert.All(codes, code => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$", code));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        // 20 characters of 32 symbols are 100 bits; every symbol turns up, so none is wasted.
        Assert.Equal(32, codes.SelectMany(c => c.Replace("-", "", StringComparison.Ordinal)).Distinct().Count());
        Assert.Equal(codes[7], DocumentCheckCode.Derive(Secret, ids[7]));
        Assert.NotEqual(codes[7], DocumentCheckCode.Derive(RandomNumberGenerator.GetBytes(32), ids[7]));
    }

    [Theory]
    [InlineData("7kq2m-xd9rp-waht2-e5nbc")]
    [InlineData("7KQ2M XD9RP WAHT2 E5NBC")]
    [InlineData(" 7KQ2MXD9RPWAHT2E5NBC ")]
    public void Normalize_ForgivesCaseSpacesAndDashes(string typed) =>
        Assert.Equal("7KQ2M-XD9RP-WAHT2-E5NBC", DocumentCheckCode.Normalize(typed));

    [Fact]
    public void Normalize_ReadsLookAlikesAsDigits() =>
        Assert.Equal("01100-00000-00000-00000", DocumentCheckCode.Normalize("OIL00-00000-00000-0000o"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7KQ2M-XD9RP-WAHT2-E5NB")]
    [InlineData("7KQ2M-XD9RP-WAHT2-E5NBCX")]
    [InlineData("7KQ2M-XD9RP-WAHT2-E5NBU")]
    [InlineData("' OR 1=1--")]
    public void Normalize_RefusesWhatIsNoCode(string? typed) => Assert.Null(DocumentCheckCode.Normalize(typed));

    [Fact]
    public void Matches_OnlyTheCodeOfThisNumber()
    {
        var code = AnyCode();
        var hash = DocumentCheckCode.Hash(Number, code);

        Assert.True(DocumentCheckCode.Matches(Number, code.ToLowerInvariant(), hash));
        Assert.False(DocumentCheckCode.Matches(Number, AnyCode(), hash));
        Assert.False(DocumentCheckCode.Matches("503/0043/SIP/DPMPTSP/2026", code, hash));
        Assert.False(DocumentCheckCode.Matches(Number, null, hash));
        Assert.False(DocumentCheckCode.Matches(Number, code, storedHash: null));
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), hash, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("dr. Sari Wulandari", "d*** S*** W***")]
    [InlineData("Budi Santoso", "B*** S***")]
    [InlineData("  Ni  Made  ", "N*** M***")]
    [InlineData("", "***")]
    public void HolderMask_KeepsInitialsOnly(string name, string masked) => Assert.Equal(masked, HolderMask.Mask(name));
}
