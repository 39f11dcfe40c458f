namespace Mpp.Workflows.Engine.Model;

/// <summary>Why a command was refused; the API maps each kind to one HTTP status.</summary>
public enum CommandErrorKind
{
    /// <summary>Bad input: unknown outcome, missing required field, malformed data (400).</summary>
    Invalid,

    /// <summary>The user may not act on this (another office, missing role) (403).</summary>
    Forbidden,

    /// <summary>Unknown application, task or definition (404).</summary>
    NotFound,

    /// <summary>The state moved on: task no longer open, claimed by someone else, not awaiting the applicant (409).</summary>
    Conflict,

    /// <summary>A definition that fails validation cannot be published (422).</summary>
    Unprocessable,

    /// <summary>A service the command needs (the signing service) cannot be reached now; try again later (503).</summary>
    Unavailable,
}
