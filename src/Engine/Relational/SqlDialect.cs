using System.Data.Common;

namespace Mpp.Workflows.Engine.Relational;

/// <summary>
/// What differs between the databases once the statements and the row mapping are shared: where the tables live, row
/// locking, the outbox claim, how role lists are matched, and how instants, GUIDs, JSON and role lists are encoded and
/// read back.
/// </summary>
public abstract class SqlDialect
{
    private readonly string _tablePrefix;

    /// <param name="schema">The schema qualifying every table, or null for unqualified names.</param>
    protected SqlDialect(string? schema) => _tablePrefix = schema is null ? string.Empty : schema + ".";

    /// <summary>Appended to a <c>SELECT</c> that locks the rows it reads until the transaction ends ("" where the session's lock covers it).</summary>
    public abstract string ForUpdate { get; }

    /// <summary>The table's name as statements write it.</summary>
    public string Table(string name) => _tablePrefix + name;

    /// <summary>A condition true when <paramref name="column"/> is one of the roles bound to <c>@<paramref name="parameter"/></c>.</summary>
    public abstract string InRoles(string column, string parameter);

    /// <summary>A condition true when <paramref name="column"/> is one of the ids bound to <c>@<paramref name="parameter"/></c> (<see cref="Sql.WithIds"/>).</summary>
    public abstract string InIds(string column, string parameter);

    /// <summary>
    /// A condition that <paramref name="expression"/> is at least the SQL operand <paramref name="from"/> (a parameter such
    /// as <c>@name</c>, or an expression of one) and, unless <paramref name="to"/> is null, below <paramref name="to"/>,
    /// comparing text by code point whatever the database's collation, so that an index of the expression serves it.
    /// </summary>
    public abstract string TextRange(string expression, string from, string? to);

    /// <summary>
    /// A statement that moves up to <c>@limit</c> pending outbox rows due by <c>@now</c> to <c>next_attempt_at = @lease</c>
    /// and returns them (<see cref="Rows.OutboxColumns"/>), so that no other dispatcher claims them meanwhile.
    /// </summary>
    public abstract string ClaimOutbox { get; }

    /// <summary>The provider's parameter for <paramref name="argument"/>, encoded for this database.</summary>
    public abstract DbParameter Parameter(SqlArgument argument);

    public abstract Guid Id(DbDataReader reader, int ordinal);

    public abstract DateTimeOffset Instant(DbDataReader reader, int ordinal);

    public abstract IReadOnlyList<string> Roles(DbDataReader reader, int ordinal);

    /// <summary>A primary-key or unique-index violation.</summary>
    public abstract bool IsUniqueViolation(DbException exception);
}
