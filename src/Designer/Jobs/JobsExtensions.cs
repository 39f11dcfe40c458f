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

    /// <summary>The embedded job storage's database file in the data directory.</summary>
    public const string SqliteFileName = "hangfire.db";

    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var section = configuration.GetSection("Jobs");
        builder.Services.Configure<JobsOptions>(section);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();
        Func<IServiceProvider, JobStorage> storage = StorageServiceCollectionExtensions.ReadProvider(configuration) switch
        {
            StorageProvider.Postgres => services => JobStorages.Postgres(services.GetRequiredService<NpgsqlDataSource>(), options),
            _ => _ => JobStorages.Sqlite(Path.Combine(DataDirectory.Resolve(configuration), SqliteFileName), options),
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
        // Hangfire's handlers that read a form (the /stats poll, the batch commands) read one whatever the request, and the
        // framework throws, a 500, when there is none: a request without a form body is refused before them, 405 for a
        // method other than POST on /stats, 415 for a POST that is not a form.
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Path.StartsWithSegments(DashboardPath, StringComparison.OrdinalIgnoreCase, out var rest) && !request.HasFormContentType)
            {
                var isStats = rest.Equals("/stats", StringComparison.OrdinalIgnoreCase);
                if (isStats && !HttpMethods.IsPost(request.Method))
                {
                    context.Response.Headers.Allow = HttpMethods.Post;
                    await TypedResults.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed",
                        detail: "The dashboard's statistics are read by a form POST.").ExecuteAsync(context);
                    return;
                }

                if (HttpMethods.IsPost(request.Method))
                {
                    await TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                        detail: "The dashboard's commands take a form (application/x-www-form-urlencoded).").ExecuteAsync(context);
                    return;
                }
            }

            await next(context);
        });
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorizationFilter()],
            DashboardTitle = "Mpp.Workflows jobs",
            AppPath = "/",
        }).RequireAuthorization(Policies.Admin);
        return app;
    }
}
