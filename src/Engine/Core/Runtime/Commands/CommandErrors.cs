namespace Mpp.Workflows.Engine.Runtime;

/// <summary>The command errors the handlers raise (mapped to 404, 409, 400 and 403 by the API).</summary>
internal static class CommandErrors
{
    public static CommandException NotFound(string what) => new(CommandErrorKind.NotFound, $"{what} not found");

    public static CommandException Conflict(string title, string? detail = null) => new(CommandErrorKind.Conflict, title, detail);

    public static CommandException Invalid(string title, Dictionary<string, string[]> errors) =>
        new(CommandErrorKind.Invalid, title, "See errors for each field.", errors);

    public static CommandException Forbidden(string title, string? detail = null) => new(CommandErrorKind.Forbidden, title, detail);

    /// <summary>Administrators only.</summary>
    public static void RequireAdmin(Actor actor, string title)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            throw Forbidden(title);
        }
    }
}
