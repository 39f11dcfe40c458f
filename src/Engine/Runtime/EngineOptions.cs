namespace Mpp.Workflows.Engine.Runtime;

/// <summary>Engine settings from configuration section <c>Engine</c>.</summary>
public sealed class EngineOptions
{
    /// <summary>First part of registration numbers (see <see cref="RegistrationNumbers"/>).</summary>
    public string RegistrationPrefix { get; set; } = "503";

    /// <summary>Time zone whose calendar year numbers registrations.</summary>
    public string TimeZone { get; set; } = "Asia/Jakarta";
}
