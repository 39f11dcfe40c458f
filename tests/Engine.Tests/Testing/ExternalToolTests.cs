using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Engine.Tests.Testing;

public sealed class ExternalToolTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunAsync_NamesTheDebianPackage_WhenTheExecutableIsMissing()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => ExternalTool.RunAsync("mpp-no-such-tool", [], "mpp-imaginary-package", Timeout));

        Assert.Contains("apt-get install -y mpp-imaginary-package", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CapturesOutputAndExitCode()
    {
        var result = await ExternalTool.RunAsync("sh", ["-c", "echo out; echo err >&2; exit 3"], "dash", Timeout);

        Assert.Equal((3, "out\n", "err\n"), (result.ExitCode, result.StandardOutput, result.StandardError));
        Assert.Throws<InvalidOperationException>(() => result.EnsureSuccess());
    }

    [Fact]
    public async Task RunAsync_KillsTheToolAndThrows_WhenItOutlivesTheTimeout()
    {
        await Assert.ThrowsAsync<TimeoutException>(
            () => ExternalTool.RunAsync("sleep", ["30"], "coreutils", TimeSpan.FromMilliseconds(200)));
    }
}
