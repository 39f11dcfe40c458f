namespace Mpp.Workflows.Designer.Storage;

/// <summary>The values of <c>Storage:Provider</c>.</summary>
internal enum StorageProvider
{
    /// <summary>A single file under the data directory; the embedded default.</summary>
    Sqlite,

    /// <summary>A shared PostgreSQL database (<c>ConnectionStrings:Postgres</c>); production and several nodes.</summary>
    Postgres,
}
