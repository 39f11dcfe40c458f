namespace Mpp.Workflows.Engine.Runtime;

/// <summary>What a stored timer is for.</summary>
public static class TimerKinds
{
    public const string Delay = "Delay";
}
