using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Bench;

/// <summary>
/// The server a PostgreSQL run uses: <c>MPP_BENCH_POSTGRES</c> (an Npgsql connection string) if set, otherwise a
/// throwaway cluster started with the machine's initdb/pg_ctl, exactly as the tests do, with a new database (named after the
/// prefix given) on each call.
/// </summary>
internal static class PostgresConnection
{
    public static async Task<string> GetAsync(string prefix = "bench")
    {
        if (Environment.GetEnvironmentVariable("MPP_BENCH_POSTGRES") is { Length: > 0 } configured)
        {
            return configured;
        }

        var server = await PostgresTestServer.GetAsync().ConfigureAwait(false);
        return await server.CreateDatabaseAsync(prefix).ConfigureAwait(false);
    }
}
