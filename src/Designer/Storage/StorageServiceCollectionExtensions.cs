using System.Data.Common;
using Microsoft.Data.Sqlite;
using Mpp.Workflows.Engine.Postgres;
using Mpp.Workflows.Engine.Sqlite;
using Mpp.Workflows.Designer.Hosting;
using Npgsql;

namespace Mpp.Workflows.Designer.Storage;

/// <summary>
/// Chooses the engine's store from <c>Storage:Provider</c>: SQLite at <c>&lt;DataDirectory&gt;/mpp.db</c> by default, or
/// PostgreSQL through one pooled <c>NpgsqlDataSource</c>. The schema is created or upgraded when the host starts.
/// </summary>
internal static class StorageServiceCollectionExtensions
{
    public const string ProviderKey = "Storage:Provider";
    public const string PostgresConnectionName = "Postgres";

    /// <summary>The embedded store's database file in the data directory.</summary>
    public const string SqliteFileName = "mpp.db";

    /// <summary>
    /// Statements each connection keeps prepared when the connection string does not say (<c>Max Auto Prepare</c>). The
    /// engine runs a few dozen distinct statements for every command; prepared, PostgreSQL parses and plans each once per
    /// connection instead of on every execution. Npgsql's own default is 0 (off).
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

    public static WebApplicationBuilder AddWorkflowStorage(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        switch (ReadProvider(configuration))
        {
            case StorageProvider.Postgres:
                var connectionString = configuration.GetConnectionString(PostgresConnectionName);
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        $"{ProviderKey} is Postgres but ConnectionStrings:{PostgresConnectionName} is not set "
                        + "(environment variable ConnectionStrings__Postgres).");
                }

                builder.Services.AddNpgsqlDataSource(connectionString, dataSource => ApplyPostgresDefaults(dataSource, connectionString));
                builder.Services.AddSingleton<IWorkflowStore, PostgresWorkflowStore>();
                break;
            default:
                var dataDirectory = DataDirectory.Resolve(configuration);
                var sqlite = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, SqliteFileName) }.ToString();
                // Held from before the store first opens its file until the host stops: `restore` refuses the directory meanwhile.
                builder.Services.AddSingleton(_ => DataDirectoryLock.Shared(dataDirectory));
                builder.Services.AddSingleton<IWorkflowStore>(services =>
                {
                    services.GetRequiredService<DataDirectoryLock>();
                    return ActivatorUtilities.CreateInstance<SqliteWorkflowStore>(services, sqlite);
                });
                break;
        }

        builder.Services.AddSingleton(services => (IHostKeyStore)services.GetRequiredService<IWorkflowStore>());
        builder.Services.AddSingleton<Observability.StoreReadiness>();
        // First of all hosted services: the framework's own (data protection reads its key ring, kept in the store, as the host
        // starts) must find the schema migrated.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StoreInitializer>());
        return builder;
    }

    /// <summary>Sets what the connection string leaves open: <see cref="DefaultMaxAutoPrepare"/>.</summary>
    internal static void ApplyPostgresDefaults(NpgsqlDataSourceBuilder dataSource, string connectionString)
    {
        // Npgsql accepts the keyword with or without spaces, in any case.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (!given.Contains("MaxAutoPrepare", StringComparer.OrdinalIgnoreCase))
        {
            dataSource.ConnectionStringBuilder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }
    }

    internal static StorageProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageProvider.Sqlite;
        }

        return Enum.TryParse<StorageProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderKey} '{value}' is not known; use Sqlite or Postgres.");
    }
}
