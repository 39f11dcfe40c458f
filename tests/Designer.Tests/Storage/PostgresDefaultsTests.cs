using Mpp.Workflows.Designer.Storage;
using Npgsql;

namespace Mpp.Workflows.Designer.Tests.Storage;

public sealed class PostgresDefaultsTests
{
    [Fact]
    public void ApplyPostgresDefaults_TurnsOnAutomaticPreparation_WhenTheConnectionStringIsSilent()
    {
        const string ConnectionString = "Host=db;Database=mpp;Username=mpp";
        var dataSource = new NpgsqlDataSourceBuilder(ConnectionString);

        StorageServiceCollectionExtensions.ApplyPostgresDefaults(dataSource, ConnectionString);

        Assert.Equal(StorageServiceCollectionExtensions.DefaultMaxAutoPrepare, dataSource.ConnectionStringBuilder.MaxAutoPrepare);
        Assert.Equal("db", dataSource.ConnectionStringBuilder.Host);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;maxautoprepare=5", 5)]
    [InlineData("Host=db;MAX AUTO PREPARE=200", 200)]
    public void ApplyPostgresDefaults_KeepsAnExplicitMaxAutoPrepare(string connectionString, int expected)
    {
        var dataSource = new NpgsqlDataSourceBuilder(connectionString);

        StorageServiceCollectionExtensions.ApplyPostgresDefaults(dataSource, connectionString);

        Assert.Equal(expected, dataSource.ConnectionStringBuilder.MaxAutoPrepare);
    }
}
