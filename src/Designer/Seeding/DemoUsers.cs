using Mpp.Workflows.Designer.Auth;

namespace Mpp.Workflows.Designer.Seeding;

/// <summary>
/// Development accounts: <c>&lt;office&gt;.&lt;role&gt;</c> in lower case for every role of every office (e.g.
/// <c>dinkes.reviewer</c>), plus <c>analyst</c> and <c>admin</c>, all with one password, each with the address
/// <c>&lt;username&gt;@demo.mpp.local</c> so reminders to staff show up in the mail folder.
/// </summary>
internal static class DemoUsers
{
    public const string PasswordKey = "Seed:DemoPassword";
    public const string DefaultPassword = "demo12345";

    /// <summary>Username, office and roles of every demo account; passwords are hashed only for accounts that are missing.</summary>
    public static IReadOnlyList<(string Username, string? Office, string Role)> For(IEnumerable<OfficeRecord> offices) =>
    [
        .. offices.SelectMany(office => office.Roles.Select(role =>
            ($"{office.Code}.{role}".ToLowerInvariant(), (string?)office.Code, role))),
        ("analyst", null, StaffRoles.Analyst),
        ("admin", null, StaffRoles.Admin),
    ];

    public static UserRecord Create(string username, string? office, string role, string password, PasswordHasher hasher) =>
        new(username, DisplayName(office, role), hasher.Hash(password), office, [role], Active: true,
            Email: EmailOf(username), SecurityStamp: SecurityStamps.New());

    /// <summary>The role as people read it, in Indonesian whatever the machine's culture, then the office: "Petugas loket DPMPTSP".</summary>
    private static string DisplayName(string? office, string role)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(UiCultures.Indonesian);
        try
        {
            return office is null ? Glossary.Role(role) : $"{Glossary.Role(role)} {office}";
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static string EmailOf(string username) => $"{username}@demo.mpp.local";
}
