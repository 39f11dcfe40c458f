namespace Mpp.Workflows.Engine.Relational;

/// <summary>A <c>WHERE</c> clause made of the conditions whose value is given, and the arguments they bind.</summary>
internal sealed class SqlFilter
{
    private readonly StringBuilder _text = new("WHERE 1 = 1");
    private readonly List<SqlArgument> _arguments = [];

    /// <summary>Adds <c>AND <paramref name="condition"/></c> binding <c>@<paramref name="name"/></c>, unless <paramref name="value"/> is null.</summary>
    public SqlFilter And(string condition, string name, object? value, SqlArgumentKind kind = SqlArgumentKind.Value)
    {
        if (value is not null)
        {
            _text.Append(" AND ").Append(condition);
            _arguments.Add(new SqlArgument(name, value, kind));
        }

        return this;
    }

    /// <summary>Adds <c>AND <paramref name="condition"/></c> when <paramref name="applies"/>, binding <paramref name="arguments"/>.</summary>
    public SqlFilter And(string condition, bool applies, params SqlArgument[] arguments)
    {
        if (applies)
        {
            _text.Append(" AND ").Append(condition);
            _arguments.AddRange(arguments);
        }

        return this;
    }

    /// <summary>
    /// Adds a condition that <paramref name="expression"/> starts with <paramref name="prefix"/> (compared by code point),
    /// unless it is null: a range from the prefix to the first text after every text it begins, which a B-tree index of the
    /// expression serves in both databases, where a <c>LIKE</c> with a bound pattern would not be planned onto one.
    /// </summary>
    public SqlFilter AndPrefix(SqlDialect dialect, string expression, string name, string? prefix)
    {
        if (prefix is null)
        {
            return this;
        }

        var end = PrefixEnd(prefix);
        return And(
            dialect.TextRange(expression, name + "From", end is null ? null : name + "To"),
            applies: true,
            new SqlArgument(name + "From", prefix, SqlArgumentKind.Value),
            new SqlArgument(name + "To", end, SqlArgumentKind.Value));
    }

    /// <summary>The least text greater than every text starting with <paramref name="prefix"/>; null when there is none.</summary>
    private static string? PrefixEnd(string prefix)
    {
        var runes = prefix.EnumerateRunes().ToList();
        while (runes.Count > 0)
        {
            var last = runes[^1].Value;
            runes.RemoveAt(runes.Count - 1);
            if (last < 0x10FFFF)
            {
                // The surrogate range holds no scalar value, so the successor of U+D7FF is U+E000.
                runes.Add(new Rune(last == 0xD7FF ? 0xE000 : last + 1));
                return string.Concat(runes.Select(r => r.ToString()));
            }
        }

        return null;
    }

    /// <summary><paramref name="sql"/> with the filter's arguments bound.</summary>
    public Sql Bind(Sql sql)
    {
        _arguments.ForEach(argument => sql.With(argument));
        return sql;
    }

    public override string ToString() => _text.ToString();
}
