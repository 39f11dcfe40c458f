namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary>When an <c>Elsa.FlowJoin</c> continues.</summary>
public enum JoinMode
{
    /// <summary>Once every inbound branch has arrived.</summary>
    WaitAll,

    /// <summary>With the first branch to arrive; the open tasks of the other branches are cancelled.</summary>
    WaitAny,
}
