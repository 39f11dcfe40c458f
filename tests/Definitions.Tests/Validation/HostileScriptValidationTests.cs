using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Definitions.Validation;
using static Mpp.Workflows.Definitions.Tests.Build;

namespace Mpp.Workflows.Definitions.Tests.Validation;

/// <summary>
/// Publishing refuses a condition that is hostile on its face (issue 10 point 4); the runtime sandbox stops the rest.
/// </summary>
public class HostileScriptValidationTests
{
    private static ValidationError? Problem(string condition)
    {
        var context = new ValidationContext(null);
        ActivityCatalog.Default.Find(ActivityTypes.FlowDecision)!.Validate(Decision("d", condition), "$.a", context);
        return context.Errors.SingleOrDefault();
    }

    [Theory]
    [InlineData("/(a+)+$/.test(application.nama)")]
    [InlineData("/^(\\w*)*@/.test(application.email)")]
    [InlineData("/(x+x+)+y/.test(application.nama)")]
    [InlineData("/(?:ab+){2,}c/.test(application.nama)")]
    [InlineData("new RegExp('(a+)+$').test(application.nama)")]
    [InlineData("RegExp('(a*)*b').test(application.nama)")]
    public void CatastrophicRegularExpression_IsRefused(string condition)
    {
        var error = Problem(condition);

        Assert.NotNull(error);
        Assert.Equal("$.a.condition", error.Path);
        Assert.Contains("repeats a group that itself repeats", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'x'.repeat(2e8).length > 0")]
    [InlineData("application.nama.padStart(5000000) != ''")]
    [InlineData("''.padEnd(1e9, 'ab') != ''")]
    public void LiteralGrowthBeyondTheLongestString_IsRefused(string condition)
    {
        var error = Problem(condition);

        Assert.NotNull(error);
        Assert.Contains("1,000,000 characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(", 100_000)]
    [InlineData("!", 100_000)]
    [InlineData("[", 100_000)]
    [InlineData("-", 10_001)]
    public void OverlongSource_IsRefused(string opener, int depth)
    {
        var closer = opener switch { "(" => ")", "[" => "]", _ => "" };
        var error = Problem(string.Concat(Enumerable.Repeat(opener, depth)) + "1" + string.Concat(Enumerable.Repeat(closer, depth)));

        Assert.NotNull(error);
        Assert.Contains("at most 10,000 are allowed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(function(){var x=3n;for(var i=0;i<22;i++)x=x*x;return x>0n})()")]
    [InlineData("application.luas > 10n")]
    public void BigIntLiteral_IsRefused(string condition) =>
        Assert.Contains("BigInt", Problem(condition)?.Message, StringComparison.Ordinal);

    [Fact]
    public void OverlongRegularExpressionLiteral_IsRefused() =>
        Assert.Contains("at most 1,000 characters", Problem("/" + new string('a', 1001) + "/.test(application.nama)")?.Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("new RegExp('\\\\p{L}\\\\p{L}\\\\p{L}\\\\p{L}\\\\p{L}', 'u').test(application.nama)")]
    [InlineData("/\\p{L}\\p{L}\\p{L}\\p{L}\\p{L}/u.test(application.nama)")]
    public void RegularExpressionWithTooManyPropertyEscapes_IsRefused(string condition) =>
        Assert.Contains("4 escapes", Problem(condition)?.Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("/^[A-Z]{2}-\\d+$/.test(application.nomor)")]
    [InlineData("/(ab)+c/.test(application.nama) && /a+b*/.test(application.nama)")]
    [InlineData("/([a+]+)x/.test(application.nama)")]
    [InlineData("/(a+){2}/.test(application.nama)")]
    [InlineData("'-'.repeat(20) + application.nama.padStart(10, '0') != ''")]
    [InlineData("application.nama.repeat(application.n) != ''")]
    [InlineData("/^\\p{Lu}\\p{L}*$/u.test(application.nama)")]
    public void OrdinaryScripts_AreAccepted(string condition) => Assert.Null(Problem(condition));
}
