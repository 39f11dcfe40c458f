namespace Mpp.Workflows.Designer.Tests.Clocks;

/// <summary>Reading the history and clocks of <c>GET /api/applications/{id}</c>.</summary>
internal static class ClockAssertions
{
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static List<JsonObject> Events(JsonObject application, string name) =>
        [.. application["history"]!.AsArray().Select(e => e!.AsObject()).Where(e => (string?)e["event"] == name)];

    public static JsonObject Statutory(JsonObject application) =>
        application["clocks"]!["statutory"] as JsonObject ?? throw new Xunit.Sdk.XunitException($"No statutory clock: {application["clocks"]}");

    public static DateTimeOffset? Instant(JsonNode? node) => node is null ? null : node.GetValue<DateTimeOffset>();

    /// <summary>16:00 WIB, the end of an office day, on the given date.</summary>
    public static DateTimeOffset EndOfDay(int month, int day) => new(2026, month, day, 16, 0, 0, Wib);
}
