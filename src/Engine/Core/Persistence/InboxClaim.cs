namespace Mpp.Workflows.Engine.Persistence;

/// <summary>Whose open tasks an inbox page shows (<see cref="InboxQuery.Claim"/>).</summary>
public enum InboxClaim
{
    /// <summary>All of them.</summary>
    Any,

    /// <summary>Tasks nobody has claimed yet.</summary>
    Unclaimed,

    /// <summary>Tasks the user has claimed.</summary>
    Mine,

    /// <summary>Tasks a colleague has claimed.</summary>
    Others,
}
