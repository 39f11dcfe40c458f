using Mpp.Workflows.Testing;
using Npgsql;

namespace Mpp.Workflows.Engine.Tests.Testing;

public sealed class PostgresTestServerTests
{
    [Fact]
    public async Task GetAsync_ReturnsTheSameServerThroughoutTheProcess()
    {
        var first = await PostgresTestServer.GetAsync();
        var second = await PostgresTestServer.GetAsync();

        Assert.Same(first, second);
    }

    [Fact]
    public async Task CreateDatabaseAsync_ReturnsSeparateDatabasesThatDoNotSeeEachOthersRows()
    {
        var server = await PostgresTestServer.GetAsync();
        var first = await server.CreateDatabaseAsync("isolation-first");
        var second = await server.CreateDatabaseAsync("isolation-second");

        Assert.NotEqual(new NpgsqlConnectionStringBuilder(first).Database, new NpgsqlConnectionStringBuilder(second).Database);
        await using var firstSource = NpgsqlDataSource.Create(first);
        await using var secondSource = NpgsqlDataSource.Create(second);
        foreach (var (source, label) in new[] { (firstSource, "first"), (secondSource, "second") })
        {
            Assert.StartsWith("PostgreSQL ", (string?)await source.CreateCommand("select version()").ExecuteScalarAsync(), StringComparison.Ordinal);
            await source.CreateCommand("create table probe (label text not null)").ExecuteNonQueryAsync();
            await using var insert = source.CreateCommand("insert into probe (label) values ($1)");
            insert.Parameters.Add(new NpgsqlParameter { Value = label });
            await insert.ExecuteNonQueryAsync();
        }

        Assert.Equal(["first"], await LabelsAsync(firstSource));
        Assert.Equal(["second"], await LabelsAsync(secondSource));
    }

    private static async Task<List<string>> LabelsAsync(NpgsqlDataSource source)
    {
        var labels = new List<string>();
        await using var reader = await source.CreateCommand("select label from probe").ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            labels.Add(reader.GetString(0));
        }

        return labels;
    }
}
