
namespace Mpp.Workflows.Engine.Tests.Persistence;

/// <summary>
/// The satisfaction survey's rows on both stores: one answer per application, the sums the IKM is computed from, the period
/// and service filters, and the comments.
/// </summary>
public abstract partial class WorkflowStoreContract
{
    private ISurveyStore Surveys => (ISurveyStore)Store;

    [Fact]
    public async Task SurveyTotals_GiveTheIkmOfTheRegulation_ComputedByHand()
    {
        var service = NewId("svc");
        // Four respondents in March 2026, elements U1..U9.
        int[][] answers =
        [
            [4, 4, 4, 4, 4, 4, 4, 4, 4],
            [3, 3, 3, 3, 3, 3, 3, 3, 3],
            [2, 3, 4, 3, 2, 3, 4, 3, 3],
            [1, 2, 3, 4, 4, 3, 2, 1, 4],
        ];
        foreach (var scores in answers)
        {
            Assert.True(await Surveys.SaveSurveyResponseAsync(Guid.NewGuid(), Answer(service, "2026-03", scores), None));
        }

        // Outside the selection: another month, and another service in the same month.
        await Surveys.SaveSurveyResponseAsync(Guid.NewGuid(), Answer(service, "2026-05", [1, 1, 1, 1, 1, 1, 1, 1, 1]), None);
        await Surveys.SaveSurveyResponseAsync(Guid.NewGuid(), Answer(NewId("svc"), "2026-03", [1, 1, 1, 1, 1, 1, 1, 1, 1]), None);

        var totals = Assert.Single(await Surveys.ReadSurveyTotalsAsync("2026-01", "2026-04", service, None));
        var score = SurveyIndex.Score(totals.Respondents, totals.Sums);

        // NRR per element = sum / respondents:
        //   U1 (4+3+2+1)/4 = 2.50   U2 (4+3+3+2)/4 = 3.00   U3 (4+3+4+3)/4 = 3.50
        //   U4 (4+3+3+4)/4 = 3.50   U5 (4+3+2+4)/4 = 3.25   U6 (4+3+3+3)/4 = 3.25
        //   U7 (4+3+4+2)/4 = 3.25   U8 (4+3+3+1)/4 = 2.75   U9 (4+3+3+4)/4 = 3.50
        // Σ NRR × 1/9 = 28.5 / 9 = 3.1666…; IKM = 3.1666… × 25 = 79.1666… → 79.17, in 76.61–88.30: B.
        Assert.Equal(4, totals.Respondents);
        Assert.Equal([10L, 12, 14, 14, 13, 13, 13, 11, 14], totals.Sums);
        Assert.Equal([2.50m, 3.00m, 3.50m, 3.50m, 3.25m, 3.25m, 3.25m, 2.75m, 3.50m], score.ElementMeans);
        Assert.Equal(79.17m, score.Ikm);
        Assert.Equal("B", score.Grade);

        var bothMonths = Assert.Single(await Surveys.ReadSurveyTotalsAsync("2026-03", "2026-05", service, None));
        Assert.Equal(5, bothMonths.Respondents);
        // 114 + 9 = 123 points from 5 respondents: 123 / 9 / 5 × 25 = 68.33 (C).
        Assert.Equal(68.33m, SurveyIndex.Score(bothMonths.Respondents, bothMonths.Sums).Ikm);
    }

    [Fact]
    public async Task SurveyTotals_WithoutAService_ListEachServiceOfThePeriod()
    {
        // A month no other test uses, so the services listed are this test's.
        var (first, second) = (NewId("svc-a"), NewId("svc-b"));
        await Surveys.SaveSurveyResponseAsync(Guid.NewGuid(), Answer(first, "2031-07", [4, 4, 4, 4, 4, 4, 4, 4, 4]), None);
        await Surveys.SaveSurveyResponseAsync(Guid.NewGuid(), Answer(second, "2031-07", [2, 2, 2, 2, 2, 2, 2, 2, 2]), None);
        await Surveys.SaveSurveyResponseAsync(Guid.NewGuid(), Answer(second, "2031-07", [3, 3, 3, 3, 3, 3, 3, 3, 3]), None);

        var totals = await Surveys.ReadSurveyTotalsAsync("2031-07", "2031-07", null, None);

        Assert.Equal([first, second], totals.Select(t => t.Service).Order(StringComparer.Ordinal));
        Assert.Equal(2, totals.Single(t => t.Service == second).Respondents);
        Assert.Equal(Enumerable.Repeat(5L, 9), totals.Single(t => t.Service == second).Sums);
    }

    [Fact]
    public async Task SaveSurveyResponse_RefusesASecondAnswerOfTheSameApplication_WritingNothing()
    {
        var service = NewId("svc");
        var application = Guid.NewGuid();
        Assert.False(await Surveys.HasAnsweredSurveyAsync(application, None));

        Assert.True(await Surveys.SaveSurveyResponseAsync(application, Answer(service, "2026-03", [4, 4, 4, 4, 4, 4, 4, 4, 4]), None));
        Assert.False(await ((ISurveyStore)OtherStore).SaveSurveyResponseAsync(application, Answer(service, "2026-03", [1, 1, 1, 1, 1, 1, 1, 1, 1]), None));

        Assert.True(await Surveys.HasAnsweredSurveyAsync(application, None));
        var totals = Assert.Single(await Surveys.ReadSurveyTotalsAsync("2026-03", "2026-03", service, None));
        Assert.Equal(1, totals.Respondents);
        Assert.Equal(Enumerable.Repeat(4L, 9), totals.Sums);
    }

    [Fact]
    public async Task SurveyComments_ListOnlyNonEmptyComments_WithTheirServiceAndMonth()
    {
        var service = NewId("svc");
        await Surveys.SaveSurveyResponseAsync(Guid.NewGuid(), Answer(service, "2026-02", [3, 3, 3, 3, 3, 3, 3, 3, 3]) with { Comment = "Antrean loket lama" }, None);
        await Surveys.SaveSurveyResponseAsync(Guid.NewGuid(), Answer(service, "2026-04", [3, 3, 3, 3, 3, 3, 3, 3, 3]) with { Comment = "Petugas ramah" }, None);
        await Surveys.SaveSurveyResponseAsync(Guid.NewGuid(), Answer(service, "2026-04", [3, 3, 3, 3, 3, 3, 3, 3, 3]), None);
        await Surveys.SaveSurveyResponseAsync(Guid.NewGuid(), Answer(service, "2026-09", [3, 3, 3, 3, 3, 3, 3, 3, 3]) with { Comment = "Di luar periode" }, None);

        var comments = await Surveys.ListSurveyCommentsAsync("2026-01", "2026-06", service, 10, None);

        Assert.Equal([new SurveyComment(service, "2026-04", "Petugas ramah"), new SurveyComment(service, "2026-02", "Antrean loket lama")], comments);
        Assert.Single(await Surveys.ListSurveyCommentsAsync("2026-01", "2026-06", service, 1, None));
    }

    private static SurveyResponse Answer(string service, string period, int[] scores) =>
        new(service, period, scores, "female", "25to34", "s1", "privateEmployee", null);
}
