using System.ComponentModel;
using System.Diagnostics;

namespace Mpp.Workflows.Testing;

/// <summary>
/// Runs the machine's command-line tools (pdfsig, qpdf, initdb, …) from tests. A missing tool is a failure that says which
/// Debian package to install, because a test that silently skips proves nothing.
/// </summary>
public static class ExternalTool
{
    /// <summary>The full path of <paramref name="executable"/> on PATH or in <paramref name="extraDirectories"/>.</summary>
    public static string Locate(string executable, string debianPackage, params string[] extraDirectories)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var candidates = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(extraDirectories)
            .Select(dir => Path.Combine(dir, executable));
        return candidates.FirstOrDefault(File.Exists) ?? throw NotInstalled(executable, debianPackage);
    }

    /// <summary>
    /// Runs <paramref name="executable"/> (a name looked up on PATH, or a path) and captures its output. The process tree is
    /// killed and a <see cref="TimeoutException"/> thrown when it outlives <paramref name="timeout"/>.
    /// </summary>
    public static async Task<ExternalToolResult> RunAsync(
        string executable,
        IEnumerable<string> arguments,
        string debianPackage,
        TimeSpan timeout,
        string? workingDirectory = null,
        CancellationToken cancellationToken = default)
    {
        var fileName = executable.Contains('/', StringComparison.Ordinal) ? executable : Locate(executable, debianPackage);
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var commandLine = string.Join(' ', startInfo.ArgumentList.Prepend(fileName));
        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw NotInstalled(fileName, debianPackage, exception);
        }

        process.StandardInput.Close();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeoutSource.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeoutSource.Token);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
            return new ExternalToolResult(commandLine, process.ExitCode, await stdout, await stderr);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{commandLine}` did not finish within {timeout}.");
        }
    }

    private static InvalidOperationException NotInstalled(string executable, string debianPackage, Exception? inner = null) =>
        new($"`{executable}` was not found. Install the Debian package '{debianPackage}' "
            + $"(apt-get install -y {debianPackage}), or run ./test.sh as root, which installs it.", inner);
}
