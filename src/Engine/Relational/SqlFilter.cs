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

    /// <summary>Adds <c>AND <paramref name="condition"/></c> when <paramref name="applies"/>, binding nothing.</summary>
    public SqlFilter And(string condition, bool applies)
    {
        if (applies)
        {
            _text.Append(" AND ").Append(condition);
        }

        return this;
    }

    /// <summary><paramref name="sql"/> with the filter's arguments bound.</summary>
    public Sql Bind(Sql sql)
    {
        _arguments.ForEach(argument => sql.With(argument));
        return sql;
    }

    public override string ToString() => _text.ToString();
}
