using System.Runtime.CompilerServices;

namespace Mpp.Workflows.Designer.Tests;

/// <summary>Settings of the test process as a whole, applied before any test runs.</summary>
internal static class TestProcess
{
    /// <summary>
    /// This process runs a dozen hosts at once, each with its Kestrel or test server, its Hangfire server and its SQLite
    /// or PostgreSQL clients; SQLite calls (the engine's and Hangfire.Storage.SQLite's) block the thread they run on. On a
    /// 2-core machine the thread pool starts with two threads and adds about one per half second when they are all busy.
    /// That is the likeliest explanation found for the stalls seen only when the machine ran two test suites at once (a page
    /// that did not load in 30 s, a receipt not issued in 60 s); it was not proven. One host per process, as in production,
    /// does not meet it; the tests start the pool wide instead.
    /// </summary>
    [ModuleInitializer]
    internal static void Initialize()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(completionPorts, 64));
    }
}
