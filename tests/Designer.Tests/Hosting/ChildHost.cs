using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>
/// The real host as a separate process (<c>dotnet Mpp.Workflows.Designer.dll</c>) on a free port, configured by a
/// <see cref="TestHostBuilder"/> through environment variables, so a test can kill it without a graceful stop and start it
/// again on the same data.
/// </summary>
public sealed class ChildHost : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ChildHost(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the host as <paramref name="settings"/> describes and waits until <c>/health</c> is 200.</summary>
    public static async Task<ChildHost> StartAsync(TestHostBuilder settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = FreeTcpPort();
        var muxer = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var startInfo = new ProcessStartInfo(muxer)
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Mpp.Workflows.Designer.dll") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (name, value) in settings.EnvironmentVariables)
        {
            startInfo.Environment[name] = value;
        }

        startInfo.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new ChildHost(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitHealthyAsync();
        return host;
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address };

    /// <summary>A client signed in as a demo user.</summary>
    public async Task<HttpClient> ClientAsync(string username)
    {
        var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = DesignerHost.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as in a power cut or an OOM kill.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using var client = CreateClient();
        await Poll.UntilAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The host exited with {_process.ExitCode} while starting:{Environment.NewLine}{Output}");
                }

                try
                {
                    using var response = await client.GetAsync("/health");
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false; // Not listening yet.
                }
            },
            StartTimeout,
            () => Task.FromResult($"The host was not healthy within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Output}"),
            TimeSpan.FromMilliseconds(200));
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
