using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Administration;

/// <summary><c>/api/admin/offices</c> and <c>/api/admin/users</c>: admins only, validated, and effective at the account's next request.</summary>
public abstract class AdminApiTests(DesignerHost host)
{
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string username, string password) =>
        await client.PostAsJsonAsync("/api/auth/token", new { username, password });

    /// <summary>Creates an account as admin (asserting 201) and returns a client carrying the token it signs in with.</summary>
    private async Task<HttpClient> NewAccountClientAsync(HttpClient admin, string username, string office, string role)
    {
        using var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            username, displayName = username, password = "rahasia-123", office, roles = new[] { role },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var anonymous = host.CreateClient();
        using var issued = await SignInAsync(anonymous, username, "rahasia-123");
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)(await Problems.ReadObjectAsync(issued))["accessToken"]!);
        return client;
    }

    [Fact]
    public async Task CreateUser_ThenTheNewAccountSignsIn_WithItsOfficeAndRoles()
    {
        using var admin = await host.ClientAsync("admin");
        using var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            username = "dinkes.reviewer2", displayName = "Dr. Sari (DINKES)", password = "rahasia-123", office = "dinkes", roles = new[] { "reviewer" },
            email = "sari@dinkes.example.go.id",
        });

        var body = await Problems.ReadObjectAsync(created);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/admin/users/dinkes.reviewer2", created.Headers.Location?.ToString());
        Assert.Equal(("DINKES", "Reviewer", true), ((string?)body["office"], (string?)body["roles"]![0], (bool)body["active"]!));
        Assert.Equal("sari@dinkes.example.go.id", (string?)body["email"]);
        Assert.Null(body["passwordHash"]);

        using var anonymous = host.CreateClient();
        using var token = await SignInAsync(anonymous, "dinkes.reviewer2", "rahasia-123");
        var signedIn = await Problems.ReadObjectAsync(token);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal("DINKES", (string?)signedIn["user"]!["office"]);
        var listed = await admin.GetFromJsonAsync<JsonArray>("/api/admin/users");
        Assert.Contains(listed!, u => (string?)u!["username"] == "dinkes.reviewer2" && (string?)u["displayName"] == "Dr. Sari (DINKES)");
    }

    [Fact]
    public async Task DeactivatedUser_CannotSignIn_AndTheirTokenStopsWorking()
    {
        using var admin = await host.ClientAsync("admin");
        using var budi = await NewAccountClientAsync(admin, "pupr.reviewer9", "PUPR", "Reviewer");
        using var before = await budi.GetAsync("/api/tasks");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var deactivated = await admin.PutAsJsonAsync("/api/admin/users/pupr.reviewer9", new
        {
            displayName = "Budi", office = "PUPR", roles = new[] { "Reviewer" }, active = false,
        });
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);

        using var after = await budi.GetAsync("/api/tasks");
        using var anonymous = host.CreateClient();
        using var again = await SignInAsync(anonymous, "pupr.reviewer9", "rahasia-123");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        await Problems.AssertProblemAsync(again, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ResetPassword_OldPasswordStopsWorking_NewOneSignsIn()
    {
        using var admin = await host.ClientAsync("admin");
        using var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            username = "dlh.reviewer7", displayName = "Rina", password = "lama-12345", office = "DLH", roles = new[] { "Reviewer" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var reset = await admin.PostAsJsonAsync("/api/admin/users/dlh.reviewer7/password", new { password = "baru-12345" });

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        using var anonymous = host.CreateClient();
        using var oldPassword = await SignInAsync(anonymous, "dlh.reviewer7", "lama-12345");
        using var newPassword = await SignInAsync(anonymous, "dlh.reviewer7", "baru-12345");
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newPassword.StatusCode);
    }

    [Fact]
    public async Task UpdateOffice_ChangesNameTimeZoneAndRoles()
    {
        using var admin = await host.ClientAsync("admin");
        var office = (await admin.GetFromJsonAsync<JsonObject>("/api/admin/offices/DISHUB"))!;
        var roles = office["roles"]!.AsArray().Select(r => (string)r!).Append("Cashier").Distinct().ToArray();

        using var updated = await admin.PutAsJsonAsync("/api/admin/offices/dishub", new { name = "Dinas Perhubungan (uji)", timeZone = "WITA", roles });

        var body = await Problems.ReadObjectAsync(updated);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(("DISHUB", "Dinas Perhubungan (uji)", "WITA"), ((string?)body["code"], (string?)body["name"], (string?)body["timeZone"]));
        var listed = await admin.GetFromJsonAsync<JsonArray>("/api/admin/offices");
        var dishub = listed!.Single(o => (string?)o!["code"] == "DISHUB")!;
        Assert.Equal("Dinas Perhubungan (uji)", (string?)dishub["name"]);
        Assert.Contains("Cashier", dishub["roles"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public async Task CreateOffice_IsListed_AndTakesStaffAccounts()
    {
        using var admin = await host.ClientAsync("admin");

        using var created = await admin.PostAsJsonAsync("/api/admin/offices", new
        {
            code = " disperindag ", name = "Dinas Perindustrian dan Perdagangan", timeZone = "Asia/Makassar", roles = new[] { "reviewer", "Head" },
        });

        var body = await Problems.ReadObjectAsync(created);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/admin/offices/DISPERINDAG", created.Headers.Location?.ToString());
        Assert.Equal(("DISPERINDAG", "Asia/Makassar"), ((string?)body["code"], (string?)body["timeZone"]));
        Assert.Equal(["Reviewer", "Head"], body["roles"]!.AsArray().Select(r => (string?)r));
        var listed = await admin.GetFromJsonAsync<JsonArray>("/api/admin/offices");
        Assert.Contains(listed!, o => (string?)o!["code"] == "DISPERINDAG");
        using var account = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            username = "disperindag.reviewer", displayName = "Tono", password = "rahasia-123", office = "DISPERINDAG", roles = new[] { "Reviewer" },
        });
        Assert.Equal(HttpStatusCode.Created, account.StatusCode);
        using var cashier = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            username = "disperindag.cashier", displayName = "Tini", password = "rahasia-123", office = "DISPERINDAG", roles = new[] { "Cashier" },
        });
        Assert.Contains("roles", Problems.ErrorKeys(await Problems.AssertProblemAsync(cashier, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task CreateOffice_Invalid_Returns400NamingEveryBadField_AndAnExistingCode409()
    {
        using var admin = await host.ClientAsync("admin");

        using var invalid = await admin.PostAsJsonAsync("/api/admin/offices", new { code = "9 kantor", name = " ", timeZone = "Mars/Olympus", roles = new[] { "Analyst" } });
        using var taken = await admin.PostAsJsonAsync("/api/admin/offices", new { code = "dinkes", name = "Dinas Kesehatan 2", timeZone = "WIB", roles = new[] { "Head" } });

        var problem = await Problems.AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
        Assert.Equal(["code", "name", "roles", "timeZone"], Problems.ErrorKeys(problem).Order(StringComparer.Ordinal));
        await Problems.AssertProblemAsync(taken, HttpStatusCode.Conflict);
        var dinkes = (await admin.GetFromJsonAsync<JsonObject>("/api/admin/offices/DINKES"))!;
        Assert.NotEqual("Dinas Kesehatan 2", (string?)dinkes["name"]);
    }

    [Fact]
    public async Task EditedOffice_IsKeptAcrossRestart_NotResetFromOfficesJson()
    {
        using var admin = await host.ClientAsync("admin");
        var office = (await admin.GetFromJsonAsync<JsonObject>("/api/admin/offices/SATPOLPP"))!;
        using var updated = await admin.PutAsJsonAsync("/api/admin/offices/SATPOLPP", new
        {
            name = "Satpol PP (diubah admin)", timeZone = "WITA", roles = office["roles"]!.AsArray().Select(r => (string)r!).ToArray(),
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        using var restarted = host.Restarted();
        using var client = restarted.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await host.TokenAsync("admin"));
        var after = (await client.GetFromJsonAsync<JsonObject>("/api/admin/offices/SATPOLPP"))!;

        Assert.Equal(("Satpol PP (diubah admin)", "WITA"), ((string?)after["name"], (string?)after["timeZone"]));
    }

    [Fact]
    public async Task RoleChange_EndsTheOpenToken_AndANewSignInCarriesTheNewRoles()
    {
        using var admin = await host.ClientAsync("admin");
        using var ani = await NewAccountClientAsync(admin, "bapenda.staff5", "BAPENDA", "Cashier");
        using var before = await ani.GetAsync("/api/admin/users");

        using var granted = await admin.PutAsJsonAsync("/api/admin/users/bapenda.staff5", new
        {
            displayName = "Ani", office = "BAPENDA", roles = new[] { "Cashier", "Admin" }, active = true,
        });
        using var oldToken = await ani.GetAsync("/api/admin/users");
        using var anonymous = host.CreateClient();
        using var issued = await SignInAsync(anonymous, "bapenda.staff5", "rahasia-123");
        using var asAdmin = host.CreateClient();
        asAdmin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)(await Problems.ReadObjectAsync(issued))["accessToken"]!);
        using var whileAdmin = await asAdmin.GetAsync("/api/admin/users");
        using var revoked = await admin.PutAsJsonAsync("/api/admin/users/bapenda.staff5", new
        {
            displayName = "Ani", office = "BAPENDA", roles = new[] { "Cashier" }, active = true,
        });
        using var afterRevoke = await asAdmin.GetAsync("/api/admin/users");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (granted.StatusCode, revoked.StatusCode));
        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.Unauthorized),
            (before.StatusCode, oldToken.StatusCode, whileAdmin.StatusCode, afterRevoke.StatusCode));
    }

    [Fact]
    public async Task CreateUser_Invalid_Returns400NamingEveryBadField()
    {
        using var admin = await host.ClientAsync("admin");
        using var response = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            username = "Bad Name!", displayName = " ", password = "short", office = "NOWHERE", roles = new[] { "Reviewer", "Pilot" },
            email = "not an address",
        });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["displayName", "email", "office", "password", "roles", "username"], Problems.ErrorKeys(problem).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CreateUser_OfficeRoleWithoutOffice_Or_RoleTheOfficeLacks_Returns400()
    {
        using var admin = await host.ClientAsync("admin");
        using var noOffice = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            username = "loose.reviewer", displayName = "X", password = "rahasia-123", roles = new[] { "Reviewer" },
        });
        using var lacking = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            username = "satpolpp.cashier", displayName = "X", password = "rahasia-123", office = "SATPOLPP", roles = new[] { "Cashier" },
        });

        Assert.Equal(["office"], Problems.ErrorKeys(await Problems.AssertProblemAsync(noOffice, HttpStatusCode.BadRequest)));
        Assert.Equal(["roles"], Problems.ErrorKeys(await Problems.AssertProblemAsync(lacking, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task CreateUser_TakenUsername_Returns409()
    {
        using var admin = await host.ClientAsync("admin");
        using var response = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            username = "dinkes.reviewer", displayName = "Dup", password = "rahasia-123", office = "DINKES", roles = new[] { "Reviewer" },
        });

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task UpdateOffice_Invalid_Returns400_AndDroppingARoleStillHeldIsRefused()
    {
        using var admin = await host.ClientAsync("admin");
        using var invalid = await admin.PutAsJsonAsync("/api/admin/offices/DINKES", new { name = "", timeZone = "Mars/Olympus", roles = new[] { "Admin" } });
        using var stranding = await admin.PutAsJsonAsync("/api/admin/offices/DINKES", new { name = "Dinas Kesehatan", timeZone = "Asia/Jakarta", roles = new[] { "Head" } });

        var problem = await Problems.AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
        Assert.Equal(["name", "roles", "timeZone"], Problems.ErrorKeys(problem).Order(StringComparer.Ordinal));
        var roles = await Problems.AssertProblemAsync(stranding, HttpStatusCode.BadRequest);
        Assert.Contains("dinkes.reviewer", roles["errors"]!["roles"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_CannotDeactivateThemselves()
    {
        using var admin = await host.ClientAsync("admin");
        using var response = await admin.PutAsJsonAsync("/api/admin/users/admin", new { displayName = "Admin", roles = new[] { "Admin" }, active = false });

        Assert.Equal(["active"], Problems.ErrorKeys(await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("dpmptsp.reviewer")]
    public async Task AdminEndpoints_ForNonAdmins_Return403(string username)
    {
        using var client = await host.ClientAsync(username);

        using var offices = await client.GetAsync("/api/admin/offices");
        using var users = await client.GetAsync("/api/admin/users");
        using var create = await client.PostAsJsonAsync("/api/admin/users", new
        {
            username = "sneaky", displayName = "Sneaky", password = "rahasia-123", roles = new[] { "Admin" },
        });
        using var office = await client.PutAsJsonAsync("/api/admin/offices/DPMPTSP", new { name = "X", timeZone = "Asia/Jakarta", roles = new[] { "Head" } });

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { offices.StatusCode, users.StatusCode, create.StatusCode, office.StatusCode });
        using var anonymous = host.CreateClient();
        using var unauthenticated = await anonymous.GetAsync("/api/admin/users");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }

    [Fact]
    public async Task UnknownOfficeOrUser_Returns404()
    {
        using var admin = await host.ClientAsync("admin");

        using var office = await admin.GetAsync("/api/admin/offices/NOWHERE");
        using var putOffice = await admin.PutAsJsonAsync("/api/admin/offices/NOWHERE", new { name = "X", timeZone = "Asia/Jakarta", roles = new[] { "Head" } });
        using var user = await admin.GetAsync("/api/admin/users/nobody");
        using var putUser = await admin.PutAsJsonAsync("/api/admin/users/nobody", new { displayName = "X", roles = new[] { "Analyst" }, active = true });
        using var reset = await admin.PostAsJsonAsync("/api/admin/users/nobody/password", new { password = "rahasia-123" });

        foreach (var response in new[] { office, putOffice, user, putUser, reset })
        {
            await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        }
    }

    public sealed class OnSqlite(SqliteHost host) : AdminApiTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : AdminApiTests(host), IClassFixture<PostgresHost>;
}
