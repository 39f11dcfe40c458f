using System.ComponentModel;
using System.Diagnostics;

namespace Mpp.Workflows.Engine.Tests.Documents;

/// <summary>Runs a command-line checker (qpdf, pdfsig, pdffonts) with a timeout; a missing tool fails the test.</summary>
internal static class ExternalTool
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        public string Output => StandardOutput + StandardError;
    }

    public static Result Run(string tool, string debianPackage, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"'{tool}' did not start.");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"'{tool}' is not installed ({e.Message}). Install the Debian package: apt-get install -y {debianPackage}");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"'{tool} {string.Join(' ', start.ArgumentList)}' did not finish within {timeout ?? TimeSpan.FromSeconds(30)}.");
            }

            process.WaitForExit();
            return new Result(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
    }
}
