using Microsoft.Data.Sqlite;
using Mpp.Workflows.Engine.Sqlite;

namespace Mpp.Workflows.Engine.Tests.Persistence;

public sealed class SqliteWorkflowStoreTests(SqliteStoreFixture fixture) : WorkflowStoreContract(fixture), IClassFixture<SqliteStoreFixture>
{
    [Fact]
    public async Task InitializeAsync_PutsTheFileInWalMode_AndRecordsTheMigration()
    {
        await using var connection = new SqliteConnection($"Data Source={fixture.DatabasePath}");
        await connection.OpenAsync();
        await using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode;";
        await using var migrations = connection.CreateCommand();
        migrations.CommandText = "SELECT group_concat(name, ',') FROM (SELECT name FROM schema_migrations ORDER BY version);";

        Assert.Equal("wal", await mode.ExecuteScalarAsync());
        var applied = ((string)(await migrations.ExecuteScalarAsync())!).Split(',');
        Assert.Equal(["0001_initial.sql", "0002_clocks.sql", "0003_documents.sql", "0004_attachments.sql", "0005_user_email.sql",
            "0006_document_check_code.sql", "0007_security_stamp.sql",
            "0008_idempotency_expiry.sql", "0009_host_keys.sql", "0010_outbox_lease.sql", "0011_provisional_timers.sql",
            "0012_permit_validity.sql",
            "0013_survey.sql",
            "0014_complaints.sql", "0015_search_indexes.sql", "0016_history_indexes.sql", "0017_board_indexes.sql",
            "0018_office_service_search.sql"], applied);
    }

    [Fact]
    public async Task ForFile_CreatesTheMissingFolder()
    {
        var path = Path.Combine(fixture.Directory, "nested", "data", "mpp.db");
        using var store = SqliteWorkflowStore.ForFile(path);

        await store.InitializeAsync(CancellationToken.None);

        Assert.True(File.Exists(path));
        Assert.True(await store.PingAsync(CancellationToken.None));
    }
}
