namespace Mpp.Workflows.Designer.Localization;

// The survey's codes (Engine.Model.SurveyQuestions) in words: the element, its question and the wording of each score.
internal static partial class Texts
{
    /// <summary>An element's name (the regulation's), the question asked and the wording of scores 1–4, lowest first.</summary>
    private static (string Name, string Question, string[] Answers) SurveyWords(string element) => element switch
    {
        "requirements" => (SurveyElementRequirements, SurveyQuestionRequirements, [SurveyAnswerRequirements1, SurveyAnswerRequirements2, SurveyAnswerRequirements3, SurveyAnswerRequirements4]),
        "procedure" => (SurveyElementProcedure, SurveyQuestionProcedure, [SurveyAnswerProcedure1, SurveyAnswerProcedure2, SurveyAnswerProcedure3, SurveyAnswerProcedure4]),
        "time" => (SurveyElementTime, SurveyQuestionTime, [SurveyAnswerTime1, SurveyAnswerTime2, SurveyAnswerTime3, SurveyAnswerTime4]),
        "cost" => (SurveyElementCost, SurveyQuestionCost, [SurveyAnswerCost1, SurveyAnswerCost2, SurveyAnswerCost3, SurveyAnswerCost4]),
        "product" => (SurveyElementProduct, SurveyQuestionProduct, [SurveyAnswerProduct1, SurveyAnswerProduct2, SurveyAnswerProduct3, SurveyAnswerProduct4]),
        "competence" => (SurveyElementCompetence, SurveyQuestionCompetence, [SurveyAnswerCompetence1, SurveyAnswerCompetence2, SurveyAnswerCompetence3, SurveyAnswerCompetence4]),
        "behaviour" => (SurveyElementBehaviour, SurveyQuestionBehaviour, [SurveyAnswerBehaviour1, SurveyAnswerBehaviour2, SurveyAnswerBehaviour3, SurveyAnswerBehaviour4]),
        "complaints" => (SurveyElementComplaints, SurveyQuestionComplaints, [SurveyAnswerComplaints1, SurveyAnswerComplaints2, SurveyAnswerComplaints3, SurveyAnswerComplaints4]),
        "facilities" => (SurveyElementFacilities, SurveyQuestionFacilities, [SurveyAnswerFacilities1, SurveyAnswerFacilities2, SurveyAnswerFacilities3, SurveyAnswerFacilities4]),
        _ => (element, element, [element, element, element, element]),
    };

    public static string SurveyElementName(string element) => SurveyWords(element).Name;

    public static string SurveyQuestion(string element) => SurveyWords(element).Question;

    /// <summary>The wording of <paramref name="score"/> (1–4) for <paramref name="element"/>.</summary>
    public static string SurveyAnswer(string element, int score) => SurveyWords(element).Answers[Math.Clamp(score, 1, 4) - 1];

    /// <summary>The words of a profile choice code (sex, age group, education, occupation).</summary>
    public static string SurveyChoice(string code) => code switch
    {
        "male" => SurveySexMale,
        "female" => SurveySexFemale,
        "under25" => SurveyAgeUnder25,
        "25to34" => SurveyAge25to34,
        "35to44" => SurveyAge35to44,
        "45to54" => SurveyAge45to54,
        "55plus" => SurveyAge55plus,
        "sd" => SurveyEducationSd,
        "smp" => SurveyEducationSmp,
        "sma" => SurveyEducationSma,
        "diploma" => SurveyEducationDiploma,
        "s1" => SurveyEducationS1,
        "s2plus" => SurveyEducationS2plus,
        "civilServant" => SurveyOccupationCivilServant,
        "military" => SurveyOccupationMilitary,
        "privateEmployee" => SurveyOccupationPrivateEmployee,
        "entrepreneur" => SurveyOccupationEntrepreneur,
        "student" => SurveyOccupationStudent,
        _ => SurveyOccupationOther,
    };

    /// <summary>The regulation's name of a quality grade (A–D); empty without one.</summary>
    public static string SurveyGradeName(string? grade) => grade switch
    {
        "A" => SurveyGradeA,
        "B" => SurveyGradeB,
        "C" => SurveyGradeC,
        "D" => SurveyGradeD,
        _ => string.Empty,
    };
}
