namespace Mpp.Workflows.Engine.Model;

/// <summary>
/// The community satisfaction index (IKM) of PermenPANRB 14/2017. Each element's value (NRR) is the sum of its scores divided
/// by the respondents; each weighs 1/9; IKM = Σ (NRR × 1/9) × 25, i.e. the mean of the nine means × 25, on 25–100.
/// </summary>
/// <remarks>
/// Computed in decimals from the sums, never from rounded means, then rounded once, to two decimals, half away from zero.
/// The grade is read from that rounded IKM: the regulation's table gives IKM intervals to two decimals with gaps between them
/// (64.99 | 65.00, 76.60 | 76.61, 88.30 | 88.31), which only a two-decimal value always falls into, and the published number
/// and its grade can then never disagree. Example: 20 respondents scoring 3 everywhere but 4 on one element give
/// NRR 3 ×8 and 4, IKM = (28/9) × 25 = 77.777… → 77.78, grade B.
/// </remarks>
public static class SurveyIndex
{
    /// <summary>The score of <paramref name="respondents"/> answers whose scores per element add up to <paramref name="sums"/>.</summary>
    public static SurveyScore Score(int respondents, IReadOnlyList<long> sums)
    {
        ArgumentNullException.ThrowIfNull(sums);
        ArgumentOutOfRangeException.ThrowIfNegative(respondents);
        if (sums.Count != SurveyQuestions.Elements.Count)
        {
            throw new ArgumentException($"A survey has {SurveyQuestions.Elements.Count} elements, not {sums.Count}.", nameof(sums));
        }

        if (respondents == 0)
        {
            return new SurveyScore(0, [.. sums.Select(_ => 0m)], null, null);
        }

        var means = sums.Select(sum => (decimal)sum / respondents).ToList();

        // Σ NRR × 1/9 × 25, with the sum of the scores divided once so no intermediate rounding creeps in.
        var exact = (decimal)sums.Sum() * 25m / (respondents * (decimal)SurveyQuestions.Elements.Count);
        var ikm = Math.Round(exact, 2, MidpointRounding.AwayFromZero);
        return new SurveyScore(respondents, means, ikm, Grade(ikm));
    }

    /// <summary>
    /// The quality grade of an IKM given to two decimals: 88.31–100 A (sangat baik), 76.61–88.30 B (baik), 65.00–76.60 C
    /// (kurang baik), 25.00–64.99 D (tidak baik).
    /// </summary>
    public static string Grade(decimal ikm) => ikm switch
    {
        >= 88.31m => "A",
        >= 76.61m => "B",
        >= 65.00m => "C",
        _ => "D",
    };
}
