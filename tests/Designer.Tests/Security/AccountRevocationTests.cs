using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// A password reset, a deactivation (even when undone at once), a role or an office change ends the account's existing
/// bearer tokens (401) and cookies (the sign-in page) at their next request, through the account's security stamp; a change
/// of name or e-mail does not.
/// </summary>
public abstract class AccountRevocationTests(DesignerHost host)
{
    private const string Password = "rahasia-123";

    [Fact]
    public async Task PasswordReset_EndsTheOldTokenAndTheOldCookie_TheNewPasswordSignsIn()
    {
        var session = await NewSessionAsync("revoke.reset");

        // A change of name or e-mail leaves the sessions alone.
        await ChangeAsync(session.Username, new { displayName = "Agus Salim", office = "DINKES", roles = new[] { "Reviewer" }, active = true, email = "agus@dinkes.example.go.id" });
        Assert.Equal(200, (await session.Browser.GetAsync("/api/tasks", bearer: session.Token)).Status);
        Assert.Equal(200, (await session.Browser.GetAsync("/inbox")).Status);

        using var admin = await host.ClientAsync("admin");
        using var reset = await admin.PostAsJsonAsync($"/api/admin/users/{session.Username}/password", new { password = "baru-rahasia-456" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        await AssertEndedAsync(session);
        var again = await SignInAsync(session.Username, "baru-rahasia-456");
        Assert.Equal(200, (await session.Browser.GetAsync("/api/tasks", bearer: again)).Status);
    }

    [Fact]
    public async Task DeactivateThenReactivate_TheOldTokenAndCookieStayDead_ANewSignInWorks()
    {
        var session = await NewSessionAsync("revoke.active");

        await ChangeAsync(session.Username, new { displayName = "Agus", office = "DINKES", roles = new[] { "Reviewer" }, active = false });
        await ChangeAsync(session.Username, new { displayName = "Agus", office = "DINKES", roles = new[] { "Reviewer" }, active = true });

        await AssertEndedAsync(session);
        var again = await SignInAsync(session.Username, Password);
        Assert.Equal(200, (await session.Browser.GetAsync("/api/tasks", bearer: again)).Status);
    }

    [Fact]
    public async Task RoleChange_EndsTheOldTokenAndTheOldCookie()
    {
        var session = await NewSessionAsync("revoke.role");

        await ChangeAsync(session.Username, new { displayName = "Agus", office = "DINKES", roles = new[] { "Reviewer", "Head" }, active = true });

        await AssertEndedAsync(session);
    }

    [Fact]
    public async Task OfficeChange_EndsTheOldTokenAndTheOldCookie()
    {
        var session = await NewSessionAsync("revoke.office");

        await ChangeAsync(session.Username, new { displayName = "Agus", office = "PUPR", roles = new[] { "Reviewer" }, active = true });

        await AssertEndedAsync(session);
    }

    private static async Task AssertEndedAsync(Session session)
    {
        var api = await session.Browser.GetAsync("/api/tasks", bearer: session.Token);
        var page = await session.Browser.GetAsync("/inbox");
        Assert.Equal(401, api.Status);
        Assert.Equal(302, page.Status);
        Assert.Contains("/login", page.Location, StringComparison.Ordinal);

        // The sign-in page it lands on says why, instead of a bare form.
        Assert.Contains("ended=1", page.Location, StringComparison.Ordinal);
        var location = page.Location!;
        var signIn = await session.Browser.GetAsync(location.StartsWith('/') ? location : new Uri(location).PathAndQuery);
        Assert.Contains("Sesi Anda berakhir karena akun Anda diubah oleh admin", signIn.Body, StringComparison.Ordinal);
    }

    /// <summary>A new DINKES reviewer signed in twice: a bearer token, and a cookie from the sign-in page; both work.</summary>
    private async Task<Session> NewSessionAsync(string prefix)
    {
        var username = $"{prefix}{Guid.NewGuid().ToString("N")[..6]}";
        using var admin = await host.ClientAsync("admin");
        using var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            username, displayName = "Agus", password = Password, office = "DINKES", roles = new[] { "Reviewer" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var browser = new AddressedClient(host.Server, AddressedClient.NewAddress());
        var form = await browser.SignInThroughFormAsync(username, Password);
        Assert.True(form.Status == 302 && browser.HasCookie("mpp.staff"), $"sign-in form: {form.Status}");
        var session = new Session(username, await SignInAsync(username, Password), browser);
        Assert.Equal(200, (await browser.GetAsync("/api/tasks", bearer: session.Token)).Status);
        Assert.Equal(200, (await browser.GetAsync("/inbox")).Status);
        return session;
    }

    private async Task<string> SignInAsync(string username, string password)
    {
        var issued = await new AddressedClient(host.Server, AddressedClient.NewAddress())
            .PostJsonAsync("/api/auth/token", new { username, password });
        Assert.True(issued.Status == 200, $"sign-in of {username}: {issued.Status} {issued.Body}");
        return (string)issued.Json["accessToken"]!;
    }

    private async Task ChangeAsync(string username, object change)
    {
        using var admin = await host.ClientAsync("admin");
        using var changed = await admin.PutAsJsonAsync($"/api/admin/users/{username}", change);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    private sealed record Session(string Username, string Token, AddressedClient Browser);

    public sealed class OnSqlite(SqliteHost host) : AccountRevocationTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : AccountRevocationTests(host), IClassFixture<PostgresHost>;
}
