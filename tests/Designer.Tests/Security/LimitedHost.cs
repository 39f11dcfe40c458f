using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// The host (SQLite) with the shipped sign-in limits (5 failures per user name, a smaller per-address limit than shipped so a
/// test reaches it quickly) and a small submission limit. Limits count per client address, so each test sends from
/// addresses of its own (<see cref="AddressedClient.NewAddress"/>) and tests in the class do not share counts.
/// </summary>
public sealed class LimitedHost : DesignerHost
{
    public const int FailuresPerUserName = 5;
    public const int FailuresPerAddress = 12;
    public const int FailuresPerUserNameAnywhere = 8;
    public const int SubmissionsPerAddress = 3;

    public LimitedHost()
    {
        Settings["Auth:SignIn:FailuresPerUserName"] = FailuresPerUserName.ToString(CultureInfo.InvariantCulture);
        Settings["Auth:SignIn:FailuresPerAddress"] = FailuresPerAddress.ToString(CultureInfo.InvariantCulture);
        Settings["Auth:SignIn:FailuresPerUserNameAnywhere"] = FailuresPerUserNameAnywhere.ToString(CultureInfo.InvariantCulture);
        Settings["Submissions:PermitsPerAddress"] = SubmissionsPerAddress.ToString(CultureInfo.InvariantCulture);
    }

    public AddressedClient NewClient() => new(Server, AddressedClient.NewAddress());

    protected override Task ConfigureStorageAsync(TestHostBuilder host) => Task.FromResult(host.OnSqlite());
}
