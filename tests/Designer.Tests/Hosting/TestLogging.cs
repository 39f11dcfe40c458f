using Microsoft.AspNetCore.Hosting;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>How much the hosts started by the tests log.</summary>
internal static class TestLogging
{
    /// <summary>
    /// Information-level logs from every test host would bury the test runner's own output (and CI shows only its end);
    /// <c>MPP_TEST_LOG_LEVEL=Information</c> brings them back, with timestamps, when a test needs explaining.
    /// </summary>
    public static void Apply(IWebHostBuilder builder)
    {
        builder.UseSetting("Logging:LogLevel:Default", Environment.GetEnvironmentVariable("MPP_TEST_LOG_LEVEL") ?? "Warning");
        builder.UseSetting("Logging:Console:FormatterOptions:TimestampFormat", "HH:mm:ss.fff ");
    }
}
