using System.Data.Common;

namespace Mpp.Workflows.Engine.Relational;

public abstract partial class RelationalWorkflowStore : ISurveyStore
{
    private const string ScoreColumns = "u1, u2, u3, u4, u5, u6, u7, u8, u9";

    public async Task<bool> SaveSurveyResponseAsync(Guid applicationId, SurveyResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Scores.Count != SurveyQuestions.Elements.Count)
        {
            throw new ArgumentException($"A survey answer has {SurveyQuestions.Elements.Count} scores.", nameof(response));
        }

        await using var transaction = await BeginWriteAsync(cancellationToken);
        var marked = await transaction.Runner.ExecuteAsync(
            new Sql($"INSERT INTO {T("survey_answered")} (instance_id) VALUES (@id) ON CONFLICT (instance_id) DO NOTHING;")
                .With("id", applicationId),
            cancellationToken);
        if (marked == 0)
        {
            return false;
        }

        var insert = new Sql(
            $"""
            INSERT INTO {T("survey_responses")} (id, definition_id, period, {ScoreColumns}, sex, age_group, education, occupation, comment)
            VALUES (@id, @service, @period, @u1, @u2, @u3, @u4, @u5, @u6, @u7, @u8, @u9, @sex, @age, @education, @occupation, @comment);
            """)
            .With("id", Guid.NewGuid()).With("service", response.Service).With("period", response.Period);
        for (var i = 0; i < response.Scores.Count; i++)
        {
            insert.With($"u{i + 1}", (short)response.Scores[i]);
        }

        insert.With("sex", response.Sex).With("age", response.AgeGroup).With("education", response.Education)
            .With("occupation", response.Occupation).With("comment", response.Comment);
        await transaction.Runner.ExecuteAsync(insert, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> HasAnsweredSurveyAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var found = await SingleOrDefaultAsync(
            new Sql($"SELECT instance_id FROM {T("survey_answered")} WHERE instance_id = @id;").With("id", applicationId),
            reader => Dialect.Id(reader, 0).ToString(),
            cancellationToken);
        return found is not null;
    }

    public Task<IReadOnlyList<SurveyTotals>> ReadSurveyTotalsAsync(
        string fromPeriod, string toPeriod, string? service, CancellationToken cancellationToken)
    {
        var sums = string.Join(", ", Enumerable.Range(1, SurveyQuestions.Elements.Count).Select(i => $"SUM(u{i})"));
        var query = new Sql(
            $"""
            SELECT definition_id, COUNT(*), {sums} FROM {T("survey_responses")}
            WHERE {InRange(service)}
            GROUP BY definition_id ORDER BY definition_id;
            """)
            .With("from", fromPeriod).With("to", toPeriod);
        WithService(query, service);
        return ListAsync(
            query,
            reader => new SurveyTotals(
                reader.GetString(0),
                (int)Number(reader, 1),
                [.. Enumerable.Range(2, SurveyQuestions.Elements.Count).Select(i => Number(reader, i))]),
            cancellationToken);
    }

    public Task<IReadOnlyList<SurveyComment>> ListSurveyCommentsAsync(
        string fromPeriod, string toPeriod, string? service, int limit, CancellationToken cancellationToken)
    {
        // Ordered by the random key within a month, so the list's order says nothing about when each answer came.
        var query = new Sql(
            $"""
            SELECT definition_id, period, comment FROM {T("survey_responses")}
            WHERE {InRange(service)} AND comment IS NOT NULL AND comment <> ''
            ORDER BY period DESC, definition_id, id LIMIT @limit;
            """)
            .With("from", fromPeriod).With("to", toPeriod).With("limit", limit);
        WithService(query, service);
        return ListAsync(query, reader => new SurveyComment(reader.GetString(0), reader.GetString(1), reader.GetString(2)), cancellationToken);
    }

    /// <summary>The range's condition; the service's only when one is given (PostgreSQL cannot type a null parameter).</summary>
    private static string InRange(string? service) =>
        service is null ? "period >= @from AND period <= @to" : "period >= @from AND period <= @to AND definition_id = @service";

    private static void WithService(Sql query, string? service)
    {
        if (service is not null)
        {
            query.With("service", service);
        }
    }

    private static long Number(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
