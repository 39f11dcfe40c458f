namespace Mpp.Workflows.Designer.Components.Work;

/// <summary>Officers' names as their accounts give them, looked up by sign-in name (which officers should never be shown).</summary>
internal sealed class StaffNames
{
    private readonly Dictionary<string, string> _names;

    private StaffNames(Dictionary<string, string> names) => _names = names;

    public static StaffNames None { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    public static async Task<StaffNames> LoadAsync(IAccountReader accounts, CancellationToken cancellationToken) =>
        new((await accounts.ListAsync(cancellationToken)).ToDictionary(a => a.Username, a => a.DisplayName, StringComparer.OrdinalIgnoreCase));

    /// <summary>The account's display name, or null when there is no such account or it has no name.</summary>
    public string? Find(string? username) => username is not null && _names.GetValueOrDefault(username) is { Length: > 0 } name ? name : null;
}
