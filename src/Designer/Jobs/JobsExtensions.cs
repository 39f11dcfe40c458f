using Hangfire;
using Mpp.Workflows.Engine.Jobs;
using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Designer.Hosting;
using Mpp.Workflows.Designer.Storage;
using Npgsql;

namespace Mpp.Workflows.Designer.Jobs;

/// <summary>
/// The Hangfire job server in the host: its storage follows <c>Storage:Provider</c> (PostgreSQL: the same database, schema
/// <c>hangfire</c>; SQLite: <c>&lt;DataDirectory&gt;/hangfire.db</c>), settings come from section <c>Jobs</c>, <c>/health</c>
/// reports it, and the dashboard at <c>/hangfire</c> is for admins only.
/// </summary>
internal static class JobsExtensions
{
    public const string DashboardPath = "/hangfire";

    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var section = configuration.GetSection("Jobs");
        builder.Services.Configure<JobsOptions>(section);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();
        Func<IServiceProvider, JobStorage> storage = StorageServiceCollectionExtensions.ReadProvider(configuration) switch
        {
            StorageProvider.Postgres => services => JobStorages.Postgres(services.GetRequiredService<NpgsqlDataSource>(), options),
            _ => _ => JobStorages.Sqlite(Path.Combine(DataDirectory.Resolve(configuration), "hangfire.db"), options),
        };
        builder.Services.AddWorkflowJobs(storage, options.Server);
        builder.Services.AddHealthChecks().AddCheck<JobServerHealthCheck>("jobs");
        return builder;
    }

    /// <summary>
    /// The dashboard needs a signed-in admin: the web UI's cookie in a browser, or <c>Authorization: Bearer</c> from
    /// <c>POST /api/auth/token</c>. The endpoint policy answers 401/403; the filter guards Hangfire's own handlers too.
    /// </summary>
    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorizationFilter()],
            DashboardTitle = "Mpp.Workflows jobs",
            AppPath = "/",
        }).RequireAuthorization(Policies.Admin);
        return app;
    }
}
