using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Surveys;

/// <summary>
/// The satisfaction survey for the API and the pages: who may answer (the applicant, with the tracking token, once the
/// application is completed with a permit or refusal letter issued), the check and saving of an answer (anonymous: the
/// store keeps only that the application answered, and apart from it the answer with its service and month) and the
/// results (<see cref="SurveyIndex"/>).
/// </summary>
internal sealed class SurveyService(
    WorkflowRuntime runtime,
    IApplicationReader applications,
    IApplicationFileReader files,
    IDefinitionReader definitions,
    ISurveyStore store,
    TimeProvider time,
    IOptions<EngineOptions> engine)
{
    /// <summary>The most comments an admin's page lists.</summary>
    public const int CommentLimit = 500;

    public async Task<SurveyAvailability> AvailabilityAsync(string registrationNumber, string? token, CancellationToken cancellationToken)
    {
        var number = registrationNumber.Trim().ToUpperInvariant();
        if (string.IsNullOrWhiteSpace(token)
            || await runtime.TrackAsync(number, token.Trim(), cancellationToken) is not { } view
            || await applications.FindByRegistrationNumberAsync(view.RegistrationNumber, cancellationToken) is not { } instance)
        {
            return new SurveyAvailability(SurveyAccess.NotFound);
        }

        var decided = view.Status == ApplicationStatuses.Completed
            && (await files.ListDocumentsAsync(instance.Id, cancellationToken))
                .Any(d => d.Kind is DocumentKinds.Permit or DocumentKinds.Rejection);
        if (!decided)
        {
            return new SurveyAvailability(SurveyAccess.NotYet, instance.Id, view.DefinitionId, view.ServiceName);
        }

        var access = await store.HasAnsweredSurveyAsync(instance.Id, cancellationToken) ? SurveyAccess.Answered : SurveyAccess.Open;
        return new SurveyAvailability(access, instance.Id, view.DefinitionId, view.ServiceName);
    }

    public async Task<SurveySubmitResult> SubmitAsync(
        string registrationNumber, string? token, SurveyAnswer answer, CancellationToken cancellationToken)
    {
        var availability = await AvailabilityAsync(registrationNumber, token, cancellationToken);
        if (availability.Access != SurveyAccess.Open)
        {
            return new SurveySubmitResult(availability.Access, Saved: false);
        }

        var errors = Check(answer);
        if (errors.Count > 0)
        {
            return new SurveySubmitResult(SurveyAccess.Open, Saved: false, errors);
        }

        var response = new SurveyResponse(
            availability.Service!,
            SurveyPeriod.Of(Today()),
            [.. SurveyQuestions.Elements.Select(e => answer.Scores![e])],
            Blank(answer.Sex),
            Blank(answer.AgeGroup),
            Blank(answer.Education),
            Blank(answer.Occupation),
            Blank(answer.Comment));
        var saved = await store.SaveSurveyResponseAsync(availability.ApplicationId, response, cancellationToken);
        return saved ? new SurveySubmitResult(SurveyAccess.Open, Saved: true) : new SurveySubmitResult(SurveyAccess.Answered, Saved: false);
    }

    /// <summary>Each element scored exactly once, 1–4; profile values from their lists; the comment within its length, free of controls.</summary>
    public static Dictionary<string, string[]> Check(SurveyAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var scores = answer.Scores ?? new Dictionary<string, int>();
        foreach (var element in SurveyQuestions.Elements)
        {
            if (!scores.TryGetValue(element, out var score))
            {
                errors[$"scores.{element}"] = [Texts.SurveyScoreRequired];
            }
            else if (score is < SurveyQuestions.LowestScore or > SurveyQuestions.HighestScore)
            {
                errors[$"scores.{element}"] = [Texts.SurveyScoreRange];
            }
        }

        foreach (var unknown in scores.Keys.Except(SurveyQuestions.Elements, StringComparer.Ordinal))
        {
            errors[$"scores.{unknown}"] = [Texts.SurveyUnknownElement];
        }

        CheckChoice(errors, "sex", answer.Sex, SurveyQuestions.Sexes);
        CheckChoice(errors, "ageGroup", answer.AgeGroup, SurveyQuestions.AgeGroups);
        CheckChoice(errors, "education", answer.Education, SurveyQuestions.Educations);
        CheckChoice(errors, "occupation", answer.Occupation, SurveyQuestions.Occupations);
        if (answer.Comment is { Length: > SurveyQuestions.MaxCommentLength })
        {
            errors["comment"] = [Texts.SurveyCommentTooLong];
        }
        else if (ApplicationDataValidator.CheckMultiLine(answer.Comment, Texts.SurveyCommentName, SurveyQuestions.MaxCommentLength) is { } problem)
        {
            // The comment is shown to admins and exported: control and bidi characters are refused as in every other free text.
            errors["comment"] = [problem];
        }

        return errors;
    }

    /// <summary>The results of <paramref name="from"/>–<paramref name="to"/> (months, <c>yyyy-MM</c>), of one service or all.</summary>
    public async Task<SurveyResults> ResultsAsync(string from, string to, string? service, CancellationToken cancellationToken)
    {
        var totals = await store.ReadSurveyTotalsAsync(from, to, service, cancellationToken);
        var names = await ServiceNamesAsync(cancellationToken);
        var perService = totals
            .Select(t => Result(t.Service, names.GetValueOrDefault(t.Service, t.Service), t.Respondents, t.Sums))
            .OrderBy(r => r.ServiceName, StringComparer.CurrentCulture)
            .ToList();

        // Every answer counted once: the overall IKM is of all respondents together, not a mean of the services' indexes.
        var sums = Enumerable.Range(0, SurveyQuestions.Elements.Count).Select(i => totals.Sum(t => t.Sums[i])).ToList();
        var overall = Result(service, service is null ? Texts.SurveyOverall : names.GetValueOrDefault(service, service),
            totals.Sum(t => t.Respondents), sums);
        return new SurveyResults(from, to, overall, perService);
    }

    public Task<IReadOnlyList<SurveyComment>> CommentsAsync(string from, string to, string? service, CancellationToken cancellationToken) =>
        store.ListSurveyCommentsAsync(from, to, service, CommentLimit, cancellationToken);

    /// <summary>The services ever published by id, named as applicants see them (never a later draft's name).</summary>
    public Task<IReadOnlyDictionary<string, string>> ServiceNamesAsync(CancellationToken cancellationToken) =>
        definitions.PublicNamesAsync(cancellationToken);

    /// <summary>Today in the engine's time zone.</summary>
    public DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZones.Resolve(engine.Value.TimeZone)).DateTime);

    private static SurveyServiceResult Result(string? service, string name, int respondents, IReadOnlyList<long> sums)
    {
        var score = SurveyIndex.Score(respondents, sums);
        var elements = SurveyQuestions.Elements
            .Select((element, i) => new SurveyElementResult(
                element, Texts.SurveyElementName(element), respondents == 0 ? null : Math.Round(score.ElementMeans[i], 2, MidpointRounding.AwayFromZero)))
            .ToList();
        return new SurveyServiceResult(service, name, respondents, elements, score.Ikm, score.Grade,
            score.Grade is null ? null : Texts.SurveyGradeName(score.Grade));
    }

    private static void CheckChoice(Dictionary<string, string[]> errors, string field, string? value, IReadOnlyList<string> choices)
    {
        if (!string.IsNullOrEmpty(value) && !choices.Contains(value, StringComparer.Ordinal))
        {
            errors[field] = [Texts.SurveyUnknownChoice];
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
