namespace Mpp.Workflows.Engine.Tests.Model;

/// <summary>The IKM of PermenPANRB 14/2017 and the grade boundaries of its conversion table.</summary>
public sealed class SurveyIndexTests
{
    [Theory]
    [InlineData("25.00", "D")]
    [InlineData("64.99", "D")]
    [InlineData("65.00", "C")]
    [InlineData("76.60", "C")]
    [InlineData("76.61", "B")]
    [InlineData("88.30", "B")]
    [InlineData("88.31", "A")]
    [InlineData("100.00", "A")]
    public void Grade_FollowsTheConversionTable(string ikm, string grade) =>
        Assert.Equal(grade, SurveyIndex.Grade(decimal.Parse(ikm, CultureInfo.InvariantCulture)));

    /// <summary>
    /// 5,000 respondents whose scores add up to <paramref name="perElement"/> on every element: IKM = perElement / 5000 × 25,
    /// exactly half a hundredth above a boundary's lower neighbour. It is rounded half away from zero first, and the grade is
    /// read from the rounded value, so the published number and its grade agree.
    /// </summary>
    [Theory]
    [InlineData(12_999, "65.00", "C")] // 2.5998 × 25 = 64.995
    [InlineData(15_321, "76.61", "B")] // 3.0642 × 25 = 76.605
    [InlineData(17_661, "88.31", "A")] // 3.5322 × 25 = 88.305
    [InlineData(17_660, "88.30", "B")] // 3.5320 × 25 = 88.300
    public void Score_RoundsTheIkmToTwoDecimals_AndGradesTheRoundedValue(long perElement, string ikm, string grade)
    {
        var score = SurveyIndex.Score(5_000, [.. Enumerable.Repeat(perElement, 9)]);

        Assert.Equal(decimal.Parse(ikm, CultureInfo.InvariantCulture), score.Ikm);
        Assert.Equal(grade, score.Grade);
    }

    [Fact]
    public void Score_OfAllFoursAndAllOnes_SpansTheScale()
    {
        Assert.Equal(100.00m, SurveyIndex.Score(3, [.. Enumerable.Repeat(12L, 9)]).Ikm);
        Assert.Equal(25.00m, SurveyIndex.Score(3, [.. Enumerable.Repeat(3L, 9)]).Ikm);
    }

    [Fact]
    public void Score_WithoutRespondents_HasNoIkmAndNoGrade()
    {
        var score = SurveyIndex.Score(0, [.. Enumerable.Repeat(0L, 9)]);

        Assert.Null(score.Ikm);
        Assert.Null(score.Grade);
        Assert.Equal(0, score.Respondents);
    }

    [Fact]
    public void Score_RefusesSumsThatAreNotNine() =>
        Assert.Throws<ArgumentException>(() => SurveyIndex.Score(1, [4, 4, 4]));
}
