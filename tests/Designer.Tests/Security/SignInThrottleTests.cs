using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// Sign-in is throttled per user name and per client address: after too many failures the token endpoint answers 429 with
/// <c>Retry-After</c> (Indonesian unless the client prefers English) and the sign-in page says so in Indonesian, while other
/// user names from the same address still sign in.
/// </summary>
public sealed class SignInThrottleTests(LimitedHost host) : IClassFixture<LimitedHost>
{
    private const string Password = "rahasia-123";

    [Fact]
    public async Task TokenEndpoint_AfterFiveFailuresForAUserNameFromAnAddress_Answers429WithRetryAfterThere_ButNotForOtherNamesOrTheOwnersDesk()
    {
        var guessed = await CreateAccountAsync("throttle.budi");
        var colleague = await CreateAccountAsync("throttle.sari");
        var attacker = host.NewClient();
        for (var i = 0; i < LimitedHost.FailuresPerUserName; i++)
        {
            Assert.Equal(401, (await attacker.PostJsonAsync("/api/auth/token", new { username = guessed, password = "tebakan-" + i })).Status);
        }

        // Now even the right password is refused from this address, without a hash being checked; the owner at their own desk
        // (another address) still signs in: a stranger's guesses do not lock an officer out.
        var throttled = await attacker.PostJsonAsync("/api/auth/token", new { username = guessed, password = Password });
        AssertThrottled(throttled, "Terlalu banyak percobaan masuk", 15 * 60);
        Assert.Contains("Coba lagi dalam 15 menit", (string?)throttled.Json["detail"], StringComparison.Ordinal);
        var desk = await host.NewClient().PostJsonAsync("/api/auth/token", new { username = guessed, password = Password });
        Assert.Equal(200, desk.Status);
        var english = await attacker.PostJsonAsync("/api/auth/token", new { username = guessed, password = Password }, acceptLanguage: "en-US,en;q=0.9");
        AssertThrottled(english, "Too many sign-in attempts", 15 * 60);

        // A colleague behind the same address is not locked out by failures on another name.
        var signedIn = await attacker.PostJsonAsync("/api/auth/token", new { username = colleague, password = Password });
        Assert.Equal(200, signedIn.Status);
    }

    [Fact]
    public async Task TokenEndpoint_GuessesSpreadOverManyAddresses_LockTheUserNameEverywhere()
    {
        var guessed = await CreateAccountAsync("throttle.eko");
        for (var i = 0; i < LimitedHost.FailuresPerUserNameAnywhere; i++)
        {
            Assert.Equal(401, (await host.NewClient().PostJsonAsync("/api/auth/token", new { username = guessed, password = "tebakan-" + i })).Status);
        }

        AssertThrottled(
            await host.NewClient().PostJsonAsync("/api/auth/token", new { username = guessed, password = Password }), "Terlalu banyak percobaan masuk", 15 * 60);
    }

    [Fact]
    public async Task TokenEndpoint_ManyFailuresFromOneAddress_ThrottleThatAddress_NotTheAccount()
    {
        var account = await CreateAccountAsync("throttle.agus");
        var sprayer = host.NewClient();
        for (var i = 0; i < LimitedHost.FailuresPerAddress; i++)
        {
            Assert.Equal(401, (await sprayer.PostJsonAsync("/api/auth/token", new { username = $"tebak{i}.reviewer", password = "demo12345" })).Status);
        }

        AssertThrottled(await sprayer.PostJsonAsync("/api/auth/token", new { username = account, password = Password }), "Terlalu banyak percobaan masuk", 15 * 60);
        Assert.Equal(200, (await host.NewClient().PostJsonAsync("/api/auth/token", new { username = account, password = Password })).Status);
    }

    [Fact]
    public async Task SignInPage_AfterFiveFailures_Answers429WithAnIndonesianMessage_AndSetsNoCookie()
    {
        var account = await CreateAccountAsync("throttle.wulan");
        var browser = host.NewClient();
        for (var i = 0; i < LimitedHost.FailuresPerUserName; i++)
        {
            var wrong = await browser.SignInThroughFormAsync(account, "tebakan-" + i);
            Assert.Equal(200, wrong.Status);
            Assert.Contains("Nama pengguna atau kata sandi salah.", wrong.Body, StringComparison.Ordinal);
        }

        var throttled = await browser.SignInThroughFormAsync(account, Password);

        Assert.Equal(429, throttled.Status);
        Assert.InRange(int.Parse(throttled.Headers.RetryAfter.ToString(), CultureInfo.InvariantCulture), 1, 15 * 60);
        Assert.Contains("Terlalu banyak percobaan masuk yang gagal", throttled.Body, StringComparison.Ordinal);
        Assert.Contains("coba lagi dalam 15 menit", throttled.Body, StringComparison.Ordinal);
        Assert.False(browser.HasCookie("mpp.staff"));
    }

    [Fact]
    public async Task AdminPasswordReset_LiftsTheLockOfThatUserName_AndASuccessClearsEarlierFailures()
    {
        var account = await CreateAccountAsync("throttle.dewi");
        var officer = host.NewClient();

        // Four failures, then the right password: the success wipes the slate, so four more failures still do not lock.
        for (var i = 0; i < LimitedHost.FailuresPerUserName - 1; i++)
        {
            Assert.Equal(401, (await officer.PostJsonAsync("/api/auth/token", new { username = account, password = "tebakan-" + i })).Status);
        }

        Assert.Equal(200, (await officer.PostJsonAsync("/api/auth/token", new { username = account, password = Password })).Status);
        for (var i = 0; i < LimitedHost.FailuresPerUserName - 1; i++)
        {
            Assert.Equal(401, (await officer.PostJsonAsync("/api/auth/token", new { username = account, password = "lagi-" + i })).Status);
        }

        Assert.Equal(200, (await officer.PostJsonAsync("/api/auth/token", new { username = account, password = Password })).Status);

        // Locked out at another desk; the admin's reset lets the officer in there with the new password at once.
        var otherDesk = host.NewClient();
        for (var i = 0; i < LimitedHost.FailuresPerUserName; i++)
        {
            await otherDesk.PostJsonAsync("/api/auth/token", new { username = account, password = "salah-" + i });
        }

        AssertThrottled(await otherDesk.PostJsonAsync("/api/auth/token", new { username = account, password = Password }), "Terlalu banyak percobaan masuk", 15 * 60);
        using var admin = await host.ClientAsync("admin");
        using var reset = await admin.PostAsJsonAsync($"/api/admin/users/{account}/password", new { password = "baru-rahasia-456" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(200, (await otherDesk.PostJsonAsync("/api/auth/token", new { username = account, password = "baru-rahasia-456" })).Status);
    }

    [Fact]
    public async Task DeactivatedAccount_WithTheRightPassword_IsToldToAskTheAdmin_AWrongPasswordLearnsNothing()
    {
        var account = await CreateAccountAsync("throttle.rudi");
        using var admin = await host.ClientAsync("admin");
        using var deactivated = await admin.PutAsJsonAsync($"/api/admin/users/{account}", new
        {
            displayName = account, office = "DINKES", roles = new[] { "Reviewer" }, active = false,
        });
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        var browser = host.NewClient();

        var wrong = await browser.SignInThroughFormAsync(account, "tebakan");
        var right = await browser.SignInThroughFormAsync(account, Password);
        var api = await browser.PostJsonAsync("/api/auth/token", new { username = account, password = Password });

        Assert.Contains("Nama pengguna atau kata sandi salah.", wrong.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("dinonaktifkan", wrong.Body, StringComparison.Ordinal);
        Assert.Contains("Akun ini sedang dinonaktifkan. Hubungi admin", right.Body, StringComparison.Ordinal);
        Assert.False(browser.HasCookie("mpp.staff"));
        Assert.Equal((401, "Account deactivated"), (api.Status, (string?)api.Json["title"]));
    }

    private static void AssertThrottled(AddressedClient.Reply reply, string title, int maxSeconds)
    {
        Assert.True(reply.Status == 429, $"expected 429, got {reply.Status}: {reply.Body}");
        Assert.StartsWith("application/problem+json", reply.Headers.ContentType.ToString(), StringComparison.Ordinal);
        var seconds = int.Parse(reply.Headers.RetryAfter.ToString(), CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, maxSeconds);
        Assert.Equal((title, 429, seconds), ((string?)reply.Json["title"], (int?)reply.Json["status"], (int?)reply.Json["retryAfterSeconds"]));
    }

    /// <summary>A new Reviewer of DINKES with <see cref="Password"/>, under a name no other test uses.</summary>
    private async Task<string> CreateAccountAsync(string prefix)
    {
        var username = $"{prefix}{Guid.NewGuid().ToString("N")[..6]}";
        using var admin = await host.ClientAsync("admin");
        using var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            username, displayName = username, password = Password, office = "DINKES", roles = new[] { "Reviewer" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return username;
    }
}
