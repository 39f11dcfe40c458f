namespace Mpp.Workflows.Engine.Model;

/// <summary>
/// A command refused for a reason the caller can act on. <see cref="Errors"/> maps field names (or JSON paths) to messages
/// for validation failures.
/// </summary>
public sealed class CommandException : Exception
{
    public CommandException(CommandErrorKind kind, string title, string? detail = null, IReadOnlyDictionary<string, string[]>? errors = null)
        : base(detail ?? title)
    {
        Kind = kind;
        Title = title;
        Detail = detail;
        Errors = errors;
    }

    public CommandException()
        : this(CommandErrorKind.Invalid, "Invalid command")
    {
    }

    public CommandException(string message)
        : this(CommandErrorKind.Invalid, message)
    {
    }

    public CommandException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = CommandErrorKind.Invalid;
        Title = message;
    }

    public CommandErrorKind Kind { get; }

    public string Title { get; }

    public string? Detail { get; }

    public IReadOnlyDictionary<string, string[]>? Errors { get; }
}
