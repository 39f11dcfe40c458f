namespace Mpp.Workflows.Designer.Localization;

// The survey's codes (Engine.Model.SurveyQuestions) in words: the element, its question and the wording of each score.
internal static partial class Texts
{
    public static string SurveyElementName(string element) => element switch
    {
        "requirements" => SurveyElementRequirements,
        "procedure" => SurveyElementProcedure,
        "time" => SurveyElementTime,
        "cost" => SurveyElementCost,
        "product" => SurveyElementProduct,
        "competence" => SurveyElementCompetence,
        "behaviour" => SurveyElementBehaviour,
        "complaints" => SurveyElementComplaints,
        "facilities" => SurveyElementFacilities,
        _ => element,
    };

    public static string SurveyQuestion(string element) => element switch
    {
        "requirements" => SurveyQuestionRequirements,
        "procedure" => SurveyQuestionProcedure,
        "time" => SurveyQuestionTime,
        "cost" => SurveyQuestionCost,
        "product" => SurveyQuestionProduct,
        "competence" => SurveyQuestionCompetence,
        "behaviour" => SurveyQuestionBehaviour,
        "complaints" => SurveyQuestionComplaints,
        "facilities" => SurveyQuestionFacilities,
        _ => element,
    };

    /// <summary>The wording of <paramref name="score"/> (1–4) for <paramref name="element"/>, lowest first.</summary>
    public static string SurveyAnswer(string element, int score) => (element, score) switch
    {
        ("requirements", 1) => SurveyAnswerRequirements1,
        ("requirements", 2) => SurveyAnswerRequirements2,
        ("requirements", 3) => SurveyAnswerRequirements3,
        ("requirements", _) => SurveyAnswerRequirements4,
        ("procedure", 1) => SurveyAnswerProcedure1,
        ("procedure", 2) => SurveyAnswerProcedure2,
        ("procedure", 3) => SurveyAnswerProcedure3,
        ("procedure", _) => SurveyAnswerProcedure4,
        ("time", 1) => SurveyAnswerTime1,
        ("time", 2) => SurveyAnswerTime2,
        ("time", 3) => SurveyAnswerTime3,
        ("time", _) => SurveyAnswerTime4,
        ("cost", 1) => SurveyAnswerCost1,
        ("cost", 2) => SurveyAnswerCost2,
        ("cost", 3) => SurveyAnswerCost3,
        ("cost", _) => SurveyAnswerCost4,
        ("product", 1) => SurveyAnswerProduct1,
        ("product", 2) => SurveyAnswerProduct2,
        ("product", 3) => SurveyAnswerProduct3,
        ("product", _) => SurveyAnswerProduct4,
        ("competence", 1) => SurveyAnswerCompetence1,
        ("competence", 2) => SurveyAnswerCompetence2,
        ("competence", 3) => SurveyAnswerCompetence3,
        ("competence", _) => SurveyAnswerCompetence4,
        ("behaviour", 1) => SurveyAnswerBehaviour1,
        ("behaviour", 2) => SurveyAnswerBehaviour2,
        ("behaviour", 3) => SurveyAnswerBehaviour3,
        ("behaviour", _) => SurveyAnswerBehaviour4,
        ("complaints", 1) => SurveyAnswerComplaints1,
        ("complaints", 2) => SurveyAnswerComplaints2,
        ("complaints", 3) => SurveyAnswerComplaints3,
        ("complaints", _) => SurveyAnswerComplaints4,
        ("facilities", 1) => SurveyAnswerFacilities1,
        ("facilities", 2) => SurveyAnswerFacilities2,
        ("facilities", 3) => SurveyAnswerFacilities3,
        _ => SurveyAnswerFacilities4,
    };

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
