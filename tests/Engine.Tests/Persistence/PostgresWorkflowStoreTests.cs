using Mpp.Workflows.Engine.Postgres;
using Npgsql;

namespace Mpp.Workflows.Engine.Tests.Persistence;

public sealed class PostgresWorkflowStoreTests(PostgresStoreFixture fixture)
    : WorkflowStoreContract(fixture), IClassFixture<PostgresStoreFixture>
{
    [Fact]
    public async Task InitializeAsync_CreatesTheTablesInTheConfiguredSchema()
    {
        var tenant = fixture.CreateStore("tenant_b");
        await tenant.InitializeAsync(CancellationToken.None);

        await tenant.SaveDraftAsync("izin-reklame", "Izin Reklame", "{}", DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.NotNull(await tenant.GetDefinitionAsync("izin-reklame", VersionSelector.Latest, CancellationToken.None));
        Assert.Null(await Store.GetDefinitionAsync("izin-reklame", VersionSelector.Latest, CancellationToken.None));
        await using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        await using var count = dataSource.CreateCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'tenant_b' AND table_name = 'instances';");
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ABufferedUniqueViolation_BecomesTheConcurrencyExceptionOfThatWrite(bool npgsqlNamesTheFailedStatement)
    {
        var builder = new NpgsqlConnectionStringBuilder(fixture.ConnectionString) { IncludeFailedBatchedCommand = npgsqlNamesTheFailedStatement };
        await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        var store = new PostgresWorkflowStore(dataSource);
        var key = $"submit-{Guid.NewGuid():N}";
        await using (var first = await store.BeginAsync(CancellationToken.None))
        {
            await first.SaveIdempotentResultAsync(key, "{}", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
            await first.CommitAsync(CancellationToken.None);
        }

        await using var second = await store.BeginAsync(CancellationToken.None);
        await second.SaveIdempotentResultAsync($"other-{key}", "{}", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
        await second.SaveIdempotentResultAsync(key, "{}", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
        var exception = await Assert.ThrowsAsync<ConcurrencyException>(() => second.CommitAsync(CancellationToken.None));

        Assert.Equal($"Idempotency key '{key}' is already used.", exception.Message);
    }

    [Theory]
    [InlineData("Mpp")]
    [InlineData("mpp; drop table x")]
    [InlineData("")]
    public void Constructor_RejectsASchemaThatIsNotAPlainIdentifier(string schema)
    {
        using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);

        Assert.Throws<ArgumentException>(() => new PostgresWorkflowStore(dataSource, schema));
    }
}
