using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// Passwords are PBKDF2-HMAC-SHA256 at OWASP's 600,000 iterations, the count stored in the hash; older hashes keep
/// verifying and are replaced by a stronger one when their owner signs in.
/// </summary>
public abstract class PasswordHashingTests(DesignerHost host)
{
    [Fact]
    public void NewHashes_Use600000Iterations_OutsideDevelopmentWhateverIsConfigured_AndOlderHashesStillVerifyAsWeak()
    {
        var shipped = Hasher(Environments.Production, configured: null);
        var lowered = Hasher(Environments.Production, configured: 1000);
        var old = Hasher(Environments.Development, configured: 100_000).Hash("rahasia-123");

        var hash = shipped.Hash("rahasia-123");

        Assert.StartsWith("pbkdf2$600000$", hash, StringComparison.Ordinal);
        Assert.Equal(600_000, lowered.Iterations);
        Assert.Equal(PasswordCheck.Valid, shipped.Verify("rahasia-123", hash));
        Assert.Equal(PasswordCheck.Wrong, shipped.Verify("rahasia-124", hash));
        Assert.StartsWith("pbkdf2$100000$", old, StringComparison.Ordinal);
        Assert.Equal(PasswordCheck.ValidButWeak, shipped.Verify("rahasia-123", old));
        Assert.Equal(PasswordCheck.Wrong, shipped.Verify("rahasia-124", old));
    }

    [Fact]
    public async Task SignIn_ReplacesAWeakerStoredHash_KeepingTheSecurityStamp_AndTheNewHashSignsIn()
    {
        // The test host hashes with 1000 iterations; an account from before holds a 500-iteration hash.
        var store = host.Services.GetRequiredService<IWorkflowStore>();
        var username = $"rehash.{Guid.NewGuid().ToString("N")[..6]}";
        var weak = Hasher(Environments.Development, configured: 500).Hash("rahasia-123");
        await store.UpsertUserAsync(new UserRecord(username, "Lama", weak, "DINKES", ["Reviewer"], Active: true, SecurityStamp: "stamp-lama"), default);
        var client = new AddressedClient(host.Server, AddressedClient.NewAddress());

        var first = await client.PostJsonAsync("/api/auth/token", new { username, password = "rahasia-123" });

        Assert.True(first.Status == 200, $"{first.Status}: {first.Body}");
        var stored = await store.FindUserAsync(username, default);
        Assert.StartsWith("pbkdf2$1000$", stored!.PasswordHash, StringComparison.Ordinal);
        Assert.Equal("stamp-lama", stored.SecurityStamp);
        Assert.Equal(200, (await client.GetAsync("/api/tasks", bearer: (string)first.Json["accessToken"]!)).Status);
        Assert.Equal(200, (await client.PostJsonAsync("/api/auth/token", new { username, password = "rahasia-123" })).Status);
        Assert.Equal(stored.PasswordHash, (await store.FindUserAsync(username, default))!.PasswordHash);
    }

    private static PasswordHasher Hasher(string environment, int? configured)
    {
        var options = new StaffAuthOptions();
        if (configured is { } iterations)
        {
            options.PasswordIterations = iterations;
        }

        return new PasswordHasher(
            Options.Create(options), new HostingEnvironment { EnvironmentName = environment }, NullLogger<PasswordHasher>.Instance);
    }

    public sealed class OnSqlite(SqliteHost host) : PasswordHashingTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : PasswordHashingTests(host), IClassFixture<PostgresHost>;
}
