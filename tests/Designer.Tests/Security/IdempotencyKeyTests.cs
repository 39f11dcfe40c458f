using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Hosting;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// <c>Idempotency-Key</c> on task decisions (a retry after a lost reply gets the first status and body; the same key with
/// another decision is 422; keys belong to their caller) and key expiry (<c>Engine:IdempotencyKeyLifetime</c>, here two
/// hours) with the purge, through the host on both stores.
/// </summary>
public abstract class IdempotencyKeyTests(ClockedHost host)
{
    [Fact]
    public async Task CompleteTask_RetriedWithTheSameKeyAndBody_GetsTheFirstStatusAndBody_NotAConflict()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var task = await host.OpenTaskAsync(app, "check-completeness");
        using var officer = await host.ClientAsync("dpmptsp.frontoffice");
        var body = new JsonObject { ["outcome"] = "Lengkap", ["comment"] = "Berkas lengkap", ["fields"] = new JsonObject() };
        var key = $"decide-{Guid.NewGuid():N}";

        var (firstStatus, firstBody) = await CompleteAsync(officer, (string)task["id"]!, body, key);
        var (retryStatus, retryBody) = await CompleteAsync(officer, (string)task["id"]!, body, key);
        using var admin = await host.ClientAsync("admin");
        var (otherCallerStatus, otherCallerBody) = await CompleteAsync(admin, (string)task["id"]!, body, key);

        Assert.Equal(HttpStatusCode.OK, firstStatus);
        Assert.Equal(HttpStatusCode.OK, retryStatus);
        Assert.Equal(firstBody, retryBody);
        Assert.NotEqual(HttpStatusCode.OK, otherCallerStatus);
        Assert.NotEqual(firstBody, otherCallerBody);
        var history = (await host.GetApplicationAsync(app.Id))["history"]!.AsArray();
        Assert.Single(history, e => (string?)e!["event"] == "TaskCompleted");
    }

    [Fact]
    public async Task CompleteTask_SameKeyWithAnotherBody_Is422_AndDecidesNothing()
    {
        var first = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var second = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var firstTask = await host.OpenTaskAsync(first, "check-completeness");
        var secondTask = await host.OpenTaskAsync(second, "check-completeness");
        using var officer = await host.ClientAsync("dpmptsp.frontoffice");
        var key = $"reused-{Guid.NewGuid():N}";
        var body = new JsonObject { ["outcome"] = "Lengkap", ["comment"] = "ok", ["fields"] = new JsonObject() };
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(officer, (string)firstTask["id"]!, body, key)).Status);

        var (status, problem) = await CompleteAsync(officer, (string)secondTask["id"]!, body, key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.DoesNotContain(first.Id.ToString(), problem, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((string)secondTask["id"]!, (string)(await host.OpenTaskAsync(second, "check-completeness"))["id"]!);
    }

    [Fact]
    public async Task Submit_SameKeyAfterTheLifetime_FilesANewApplication_AndThePurgeDropsTheKey()
    {
        var key = $"kiosk-{Guid.NewGuid():N}";
        var first = await host.SubmitAsync("reklame", SampleData.Reklame(), key);
        host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(first, await host.SubmitAsync("reklame", SampleData.Reklame(), key));

        host.Clock.Advance(TimeSpan.FromHours(1));
        var second = await host.SubmitAsync("reklame", SampleData.Reklame(), key);

        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(first.RegistrationNumber, second.RegistrationNumber);
        var store = host.Services.GetRequiredService<IWorkflowStore>();
        Assert.NotNull(await StoredAsync(store, key));
        host.Clock.Advance(TimeSpan.FromHours(3));
        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdempotencyKeyPurgeJob>().RunAsync(CancellationToken.None);
        }

        Assert.Null(await StoredAsync(store, key));
    }

    [Fact]
    public void TrackingTokenSecret_IsKeptInTheDataDirectory_ReadableByTheHostsUserOnly()
    {
        var file = Path.Combine(host.DataDirectory, TrackingTokenSecret.FileName);
        _ = host.Services.GetRequiredService<IOptions<EngineOptions>>().Value;

        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Equal(host.Services.GetRequiredService<IOptions<EngineOptions>>().Value.TrackingTokenSecret, TrackingTokenSecret.ReadOrCreate(file));
    }

    /// <summary>The key's stored row as of long ago, so an expired row counts until it is purged.</summary>
    private static async Task<string?> StoredAsync(IWorkflowStore store, string key)
    {
        await using var session = await store.BeginAsync(CancellationToken.None);
        return await session.GetIdempotentResultAsync($"submit:applicant:{key}", DateTimeOffset.MinValue, CancellationToken.None);
    }

    private static async Task<(HttpStatusCode Status, string Body)> CompleteAsync(HttpClient client, string taskId, JsonObject body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{taskId}/complete") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The clocked host with a two-hour key lifetime.</summary>
    public sealed class TwoHourKeysOnSqlite : ClockedHost
    {
        public TwoHourKeysOnSqlite() => Settings["Engine:IdempotencyKeyLifetime"] = "02:00:00";

        protected override Task ConfigureStorageAsync(TestHostBuilder host) => Task.FromResult(host.OnSqlite());
    }

    /// <inheritdoc cref="TwoHourKeysOnSqlite"/>
    public sealed class TwoHourKeysOnPostgres : ClockedHost
    {
        public TwoHourKeysOnPostgres() => Settings["Engine:IdempotencyKeyLifetime"] = "02:00:00";

        protected override Task ConfigureStorageAsync(TestHostBuilder host) => host.OnPostgresAsync("idempotency");
    }

    public sealed class OnSqlite(TwoHourKeysOnSqlite host) : IdempotencyKeyTests(host), IClassFixture<TwoHourKeysOnSqlite>;

    public sealed class OnPostgres(TwoHourKeysOnPostgres host) : IdempotencyKeyTests(host), IClassFixture<TwoHourKeysOnPostgres>;
}
