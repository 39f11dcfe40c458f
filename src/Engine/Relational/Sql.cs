namespace Mpp.Workflows.Engine.Relational;

/// <summary>How a <see cref="SqlArgument"/> is encoded: the dialect decides what each kind becomes in its database.</summary>
public enum SqlArgumentKind
{
    /// <summary>A scalar: text, number, boolean, instant, GUID, bytes or null.</summary>
    Value,

    /// <summary>A JSON document given as text.</summary>
    Json,

    /// <summary>A list of role names.</summary>
    Roles,

    /// <summary>A list of row ids (GUIDs).</summary>
    Ids,
}

/// <summary>One named argument of a <see cref="Sql"/> statement; the name is written without its <c>@</c>.</summary>
public readonly record struct SqlArgument(string Name, object? Value, SqlArgumentKind Kind)
{
    /// <summary>The type of a value that may be null (a null then still has a type: <see cref="Sql.With(string, string?)"/>).</summary>
    public Type? Declared { get; init; }
}

/// <summary>
/// A statement's text, with <c>@name</c> placeholders, and its arguments, independent of the provider: the dialect turns
/// the arguments into the provider's parameters when the statement is sent.
/// </summary>
public sealed class Sql(string text)
{
    private readonly List<SqlArgument> _arguments = [];

    public string Text { get; } = text;

    public IReadOnlyList<SqlArgument> Arguments => _arguments;

    public Sql With(string name, object? value) => With(new SqlArgument(name, value, SqlArgumentKind.Value));

    /// <summary>
    /// A text that may be null, sent with its type even when null: PostgreSQL keeps a prepared statement per parameter types,
    /// so a statement whose nulls come and go (an audit entry with or without an outcome) would otherwise be parsed again
    /// each time they change. Likewise <see cref="With(string, Guid?)"/> and <see cref="With(string, DateTimeOffset?)"/>.
    /// </summary>
    public Sql With(string name, string? value) => With(new SqlArgument(name, value, SqlArgumentKind.Value) { Declared = typeof(string) });

    public Sql With(string name, Guid? value) => With(new SqlArgument(name, value, SqlArgumentKind.Value) { Declared = typeof(Guid) });

    public Sql With(string name, DateTimeOffset? value) =>
        With(new SqlArgument(name, value, SqlArgumentKind.Value) { Declared = typeof(DateTimeOffset) });

    public Sql WithJson(string name, string? json) => With(new SqlArgument(name, json, SqlArgumentKind.Json));

    public Sql WithRoles(string name, IReadOnlyList<string> roles) => With(new SqlArgument(name, roles, SqlArgumentKind.Roles));

    public Sql WithIds(string name, IReadOnlyList<Guid> ids) => With(new SqlArgument(name, ids, SqlArgumentKind.Ids));

    public Sql With(SqlArgument argument)
    {
        RefuseNul(argument);
        _arguments.Add(argument);
        return this;
    }

    /// <summary>
    /// PostgreSQL cannot store U+0000 in text or jsonb, so no store accepts it: a hostile or broken value is the caller's
    /// error (400), the same on every database, instead of a driver exception.
    /// </summary>
    private static void RefuseNul(SqlArgument argument)
    {
        var hasNul = argument.Value switch
        {
            string text when argument.Kind == SqlArgumentKind.Json => text.Contains("\\u0000", StringComparison.OrdinalIgnoreCase) || text.Contains('\0', StringComparison.Ordinal),
            string text => text.Contains('\0', StringComparison.Ordinal),
            IEnumerable<string> texts => texts.Any(t => t.Contains('\0', StringComparison.Ordinal)),
            _ => false,
        };
        if (hasNul)
        {
            throw new CommandException(CommandErrorKind.Invalid, "Invalid text", "Text may not contain the NUL character (U+0000).");
        }
    }
}
