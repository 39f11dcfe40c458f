using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Designer.Definitions;

namespace Mpp.Workflows.Designer.Seeding;

/// <summary>
/// Brings a fresh store to a usable state when the host starts: the offices from <c>offices.json</c> it lacks; on the first start
/// (no definitions yet) every route in <c>workflows/*.json</c> validated, saved and published; in Development the demo
/// accounts, printed with the URL once the server listens. A broken route is logged and skipped, never fatal. Hosts starting
/// together on one database seed one after the other (<see cref="IHostKeyStore.RunExclusiveAsync"/>): the first seeds, the
/// others find it done.
/// </summary>
internal sealed partial class StartupSeeder(
    IWorkflowStore store,
    IHostKeyStore exclusive,
    DefinitionChecker checker,
    DefinitionEditor editor,
    IConfiguration configuration,
    IHostEnvironment environment,
    IHostApplicationLifetime lifetime,
    IServer server,
    PasswordHasher hasher,
    ILogger<StartupSeeder> logger) : IHostedService
{
    /// <summary>Route files may carry comments and trailing commas, as the definition reader allows.</summary>
    private static readonly JsonDocumentOptions FileOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public Task StartAsync(CancellationToken cancellationToken) => exclusive.RunExclusiveAsync("startup-seed", SeedAsync, cancellationToken);

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var directory = WorkflowsDirectory.Locate(configuration);
        if (directory is null)
        {
            logger.LogWarning("No workflows directory found (set {Key}); nothing seeded", WorkflowsDirectory.ConfigurationKey);
            return;
        }

        var offices = await SeedOfficesAsync(directory, cancellationToken);
        if ((await store.ListDefinitionsAsync(cancellationToken)).Count == 0)
        {
            await SeedDefinitionsAsync(directory, cancellationToken);
        }

        if (environment.IsDevelopment())
        {
            var password = configuration[DemoUsers.PasswordKey] is { Length: > 0 } configured ? configured : DemoUsers.DefaultPassword;
            var users = await SeedDemoUsersAsync(offices, password, cancellationToken);
            lifetime.ApplicationStarted.Register(() => PrintLogins(users, password));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Adds the offices of <c>offices.json</c> the store does not have yet. One it already has is left as it is: admins
    /// edit offices at <c>/admin</c>, and a restart must not put the file's version back over their change.
    /// </summary>
    /// <returns>The file's offices as the store now holds them.</returns>
    private async Task<IReadOnlyList<OfficeRecord>> SeedOfficesAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, WorkflowsDirectory.OfficesFile);
        var document = JsonSerializer.Deserialize<OfficesDocument>(await File.ReadAllTextAsync(path, cancellationToken), EngineJson.Options);
        var offices = document?.Offices ?? [];
        var existing = (await store.ListOfficesAsync(cancellationToken)).ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        var added = 0;
        foreach (var office in offices.Where(o => !existing.ContainsKey(o.Code)))
        {
            await store.UpsertOfficeAsync(office, cancellationToken);
            existing[office.Code] = office;
            added++;
        }

        logger.LogInformation("Offices from {Path}: {Added} added, {Kept} already in the store kept as they are", path, added, offices.Count - added);
        return [.. offices.Select(o => existing[o.Code])];
    }

    private async Task SeedDefinitionsAsync(string directory, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(directory, "*.json")
            .Where(f => !string.Equals(Path.GetFileName(f), WorkflowsDirectory.OfficesFile, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            JsonNode? document;
            try
            {
                document = JsonNode.Parse(await File.ReadAllTextAsync(file, cancellationToken), documentOptions: FileOptions);
            }
            catch (JsonException e)
            {
                logger.LogError("Route {File} skipped: not valid JSON ({Message})", name, e.Message);
                continue;
            }

            var check = await checker.CheckAsync(document, cancellationToken);
            if (!check.IsValid)
            {
                logger.LogError(
                    "Route {File} skipped: {Errors}",
                    name,
                    string.Join("; ", check.Errors.Select(e => $"{e.Path}: {e.Message}")));
                continue;
            }

            var definitionId = check.Definition!.DefinitionId;
            await editor.SaveDraftAsync(definitionId, (JsonObject)document!, cancellationToken);
            try
            {
                var published = await editor.PublishLatestAsync(definitionId, cancellationToken);
                logger.LogInformation("Route {File} published as {DefinitionId} v{Version}", name, definitionId, published.Version);
            }
            catch (CommandException e) when (e.Kind == CommandErrorKind.Unprocessable)
            {
                // E.g. a permit route without its permit template: kept as a draft, never published to approve without a permit.
                logger.LogError("Route {File} saved as a draft, not published: {Title}. {Detail}", name, e.Title, e.Detail);
            }
        }
    }

    private async Task<IReadOnlyList<string>> SeedDemoUsersAsync(IReadOnlyList<OfficeRecord> offices, string password, CancellationToken cancellationToken)
    {
        var accounts = DemoUsers.For(offices);
        foreach (var (username, office, role) in accounts)
        {
            var existing = await store.FindUserAsync(username, cancellationToken);
            if (existing is null)
            {
                await store.UpsertUserAsync(DemoUsers.Create(username, office, role, password, hasher), cancellationToken);
            }
            else if (existing.Email is null)
            {
                // Accounts seeded before staff had addresses.
                await store.UpsertUserAsync(existing with { Email = DemoUsers.EmailOf(username) }, cancellationToken);
            }
        }

        return [.. accounts.Select(a => a.Username)];
    }

    private void PrintLogins(IReadOnlyList<string> users, string password)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var text = new StringBuilder()
            .AppendLine("Mpp.Workflows is listening on " + (addresses.Count > 0 ? string.Join(", ", addresses) : "(no address reported)"))
            .AppendLine("Demo logins (Development only), password '" + password + "':")
            .AppendJoin(Environment.NewLine, users.Select(u => "  " + u))
            .ToString();
        LogLogins(text);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Text}")]
    private partial void LogLogins(string text);
}
