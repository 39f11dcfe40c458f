namespace Mpp.Workflows.Testing;

/// <summary>What an external tool printed and how it exited.</summary>
public sealed record ExternalToolResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Throws with the full command line and output unless the tool exited with 0.</summary>
    public ExternalToolResult EnsureSuccess()
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`{CommandLine}` exited with {ExitCode}.{Environment.NewLine}stdout:{Environment.NewLine}{StandardOutput}"
                + $"{Environment.NewLine}stderr:{Environment.NewLine}{StandardError}");
        }

        return this;
    }
}
