namespace Mpp.Workflows.Definitions.Model;

/// <summary>The fixed port names of the v1 catalog; outcomes, branches and switch cases name the other ports.</summary>
public static class PortNames
{
    /// <summary>The only inbound port; a connection that omits its target port means this one.</summary>
    public const string In = "In";

    public const string Done = "Done";
    public const string True = "True";
    public const string False = "False";

    /// <summary>The switch port taken when no case matches.</summary>
    public const string Default = "Default";

    public const string Resubmitted = "Resubmitted";
    public const string Expired = "Expired";
}
