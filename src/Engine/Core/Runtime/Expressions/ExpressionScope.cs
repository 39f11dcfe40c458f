namespace Mpp.Workflows.Engine.Runtime.Expressions;

/// <summary>
/// What a definition's JavaScript can see, as JSON texts: <c>application</c> (the form data), <c>applicant</c> and
/// <c>outcomes</c> (task activity id → its last outcome).
/// </summary>
public sealed record ExpressionScope(string ApplicationJson, string ApplicantJson, string OutcomesJson);
