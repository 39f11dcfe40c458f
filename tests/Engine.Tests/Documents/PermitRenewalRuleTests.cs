using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Tests.Documents;

/// <summary>When a renewal's permit starts, and that the dates printed are the ones a renewal continues from.</summary>
public sealed class PermitRenewalRuleTests
{
    private static readonly DateOnly IssuedOn = new(2031, 6, 5);

    [Theory]
    [InlineData("2031-08-03", "2031-08-04")] // still running: the day after it ends
    [InlineData("2031-06-05", "2031-06-06")] // ends on the issue day: from tomorrow
    [InlineData("2031-06-04", "2031-06-05")] // ended yesterday: from the issue day
    public void StartOf_ContinuesAStandingPermit_OrStartsOnIssue(string previousUntil, string expected)
    {
        var previous = Previous(DateOnly.Parse(previousUntil, CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), PermitRenewals.StartOf(previous, IssuedOn));
    }

    [Fact]
    public void StartOf_WithoutAPreviousPermitOrItsEnd_IsTheIssueDay()
    {
        Assert.Equal(IssuedOn, PermitRenewals.StartOf(null, IssuedOn));
        Assert.Equal(IssuedOn, PermitRenewals.StartOf(Previous(null), IssuedOn));
    }

    [Fact]
    public void CreateContent_OfARenewal_PrintsFiveYearsFromTheDayAfterThePreviousEnds()
    {
        var template = DocumentSamples.Template("sip-dokter-perpanjangan");
        var data = DocumentSamples.Application("sip-dokter");
        data["nomorIzinLama"] = "503/0042/SIP/DPMPTSP/2026";
        var issue = DocumentSamples.Issue("sip-dokter") with { ValidFrom = new DateOnly(2031, 11, 28) };

        var content = template.CreateContent(issue, data);

        Assert.Equal((new DateOnly(2031, 11, 28), new DateOnly(2036, 11, 28)), (content.ValidFrom, content.ValidUntil));
        Assert.Equal(DocumentSamples.IssuedOn, content.Date);
        Assert.Contains(content.Fields, f => f.Value == "503/0042/SIP/DPMPTSP/2026");
    }

    [Fact]
    public void Validity_ContinuingWithoutAPeriod_IsRefused()
    {
        var json = File.ReadAllText(Path.Combine(DocumentSamples.TemplatesDirectory, "sip-dokter-perpanjangan.json"))
            .Replace("\"years\": 5,", "", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => PermitTemplate.FromJson(json));
        Assert.Contains("continuing from 'nomorIzinLama' needs years or months", error.Message, StringComparison.Ordinal);
    }

    private static DocumentSummary Previous(DateOnly? until) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DocumentKinds.Permit, "503/0042/SIP/DPMPTSP/2026", "dr. Sari Wulandari", "00",
        DateTimeOffset.UnixEpoch, ValidFrom: new DateOnly(2026, 8, 3), ValidUntil: until);
}
