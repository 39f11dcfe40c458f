namespace Mpp.Workflows.Engine.Model;

/// <summary>
/// What the satisfaction survey (SKM, PermenPANRB 14/2017) asks: the regulation's nine service elements, each answered on its
/// 1–4 scale, in the regulation's order (U1–U9), and the codes of the optional respondent profile. Codes travel through the
/// API and the store; people read their Indonesian or English wording from the host's texts.
/// </summary>
public static class SurveyQuestions
{
    public const int LowestScore = 1;
    public const int HighestScore = 4;

    /// <summary>The longest free comment, in characters.</summary>
    public const int MaxCommentLength = 2000;

    /// <summary>U1 persyaratan · U2 sistem, mekanisme, prosedur · U3 waktu · U4 biaya/tarif · U5 produk · U6 kompetensi pelaksana ·
    /// U7 perilaku pelaksana · U8 penanganan pengaduan, saran dan masukan · U9 sarana dan prasarana.</summary>
    public static IReadOnlyList<string> Elements { get; } =
        ["requirements", "procedure", "time", "cost", "product", "competence", "behaviour", "complaints", "facilities"];

    public static IReadOnlyList<string> Sexes { get; } = ["male", "female"];

    public static IReadOnlyList<string> AgeGroups { get; } = ["under25", "25to34", "35to44", "45to54", "55plus"];

    public static IReadOnlyList<string> Educations { get; } = ["sd", "smp", "sma", "diploma", "s1", "s2plus"];

    public static IReadOnlyList<string> Occupations { get; } = ["civilServant", "military", "privateEmployee", "entrepreneur", "student", "other"];
}
