using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Cluster;

/// <summary>
/// <c>deploy/try-cluster.sh</c>, the newcomer's try-out of several hosts, runs as the README tells: a throwaway PostgreSQL,
/// two hosts of this build and nginx on loopback with the production site's snippets; through nginx the site answers, a
/// token works on both hosts and Blazor's WebSocket upgrade reaches the host that negotiated it, for both hosts. The
/// script stops everything it started; nginx must be installed (./test.sh installs it).
/// </summary>
public sealed class DeployScriptTests
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task TryCluster_TwoHostsBehindNginx_PassesItsChecks()
    {
        var script = Path.Combine(RepoPaths.Root, "deploy", "try-cluster.sh");

        var result = await ExternalTool.RunAsync("bash", [script], "bash", ScriptTimeout, RepoPaths.Root);

        var printed = $"{result.StandardOutput}{Environment.NewLine}{result.StandardError}";
        Assert.True(result.ExitCode == 0, $"try-cluster.sh exited with {result.ExitCode}:{Environment.NewLine}{printed}");
        Assert.Contains("ok: the site answers through nginx", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("ok: a token issued through nginx works on host A and on host B", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("ok: WebSocket upgrades to /_blazor pass nginx (101 Switching Protocols)", result.StandardOutput, StringComparison.Ordinal);
        Assert.EndsWith("try-cluster: all checks passed", result.StandardOutput.TrimEnd(), StringComparison.Ordinal);
    }
}
