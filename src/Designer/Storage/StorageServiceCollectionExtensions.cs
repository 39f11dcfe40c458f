using Microsoft.Data.Sqlite;
using Mpp.Workflows.Designer.Hosting;
using Mpp.Workflows.Engine.Persistence;
using Mpp.Workflows.Engine.Persistence.Postgres;
using Mpp.Workflows.Engine.Persistence.Sqlite;

namespace Mpp.Workflows.Designer.Storage;

/// <summary>
/// Chooses the engine's store from <c>Storage:Provider</c>: SQLite at <c>&lt;DataDirectory&gt;/mpp.db</c> by default, or
/// PostgreSQL through one pooled <c>NpgsqlDataSource</c>. The schema is created or upgraded when the host starts.
/// </summary>
internal static class StorageServiceCollectionExtensions
{
    public const string ProviderKey = "Storage:Provider";
    public const string PostgresConnectionName = "Postgres";

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

                builder.Services.AddNpgsqlDataSource(connectionString);
                builder.Services.AddSingleton<IWorkflowStore, PostgresWorkflowStore>();
                break;
            default:
                var file = Path.Combine(DataDirectory.Resolve(configuration), "mpp.db");
                var sqlite = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
                builder.Services.AddSingleton<IWorkflowStore>(services => ActivatorUtilities.CreateInstance<SqliteWorkflowStore>(services, sqlite));
                break;
        }

        builder.Services.AddHostedService<StoreInitializer>();
        return builder;
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
