using System.Text.RegularExpressions;
using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Designer.Administration;

/// <summary>
/// Offices and staff accounts as admins change them; the <c>/api/admin</c> endpoints and the <c>/admin</c> pages both go
/// through here, so validation and the audit log are the same either way. Refusals are <see cref="CommandException"/>s
/// (400 invalid, 404 unknown, 409 taken) like the engine's. A password reset, deactivation, reactivation, role or office
/// change gives the account a new security stamp, which ends every token, cookie and open page issued before it.
/// </summary>
internal sealed partial class StaffDirectory(
    IWorkflowStore store, WorkflowRuntime runtime, PasswordHasher hasher, SignInThrottle throttle, ILogger<StaffDirectory> logger)
{
    public const int MinPasswordLength = 8;

    /// <summary>Roles that act in an office's inbox; the others (analyst, admin) are global.</summary>
    public static IReadOnlyList<string> OfficeRoles { get; } =
        [StaffRoles.FrontOffice, StaffRoles.Reviewer, StaffRoles.Signer, StaffRoles.Cashier, StaffRoles.Head];

    public Task<IReadOnlyList<OfficeRecord>> ListOfficesAsync(CancellationToken cancellationToken) => store.ListOfficesAsync(cancellationToken);

    public async Task<OfficeRecord> GetOfficeAsync(string code, CancellationToken cancellationToken) =>
        await FindOfficeAsync(code, cancellationToken)
        ?? throw new CommandException(CommandErrorKind.NotFound, $"No office {code}");

    public async Task<OfficeRecord> CreateOfficeAsync(NewOffice office, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(office);
        RequireAdmin(actor);
        var errors = new Errors();
        var code = office.Code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code) || !OfficeCodePattern().IsMatch(code))
        {
            errors.Add("code", "2 to 16 letters, digits or '-', starting with a letter (e.g. DISPERINDAG).");
        }

        var created = OfficeFields(errors, code ?? "", office.Name, office.TimeZone, office.Roles);
        errors.ThrowIfAny("Invalid office");
        if (await FindOfficeAsync(code, cancellationToken) is not null)
        {
            throw new CommandException(CommandErrorKind.Conflict, $"The office {code} exists");
        }

        await store.UpsertOfficeAsync(created, cancellationToken);
        logger.LogInformation(
            "Office {Office} created by {Actor}: name {Name}, time zone {TimeZone}, roles {Roles}",
            created.Code, actor.Name, created.Name, created.TimeZone, string.Join(",", created.Roles));
        return created;
    }

    public async Task<OfficeRecord> UpdateOfficeAsync(string code, OfficeChange change, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        RequireAdmin(actor);
        var office = await GetOfficeAsync(code, cancellationToken);
        var errors = new Errors();
        var updated = OfficeFields(errors, office.Code, change.Name, change.TimeZone, change.Roles);

        // Dropping a role some account of this office holds would strand that account's tasks.
        var stranded = (await store.ListUsersAsync(cancellationToken))
            .Where(u => string.Equals(u.Office, office.Code, StringComparison.OrdinalIgnoreCase))
            .SelectMany(u => u.Roles.Where(r => OfficeRoles.Contains(r) && !updated.Roles.Contains(r)).Select(r => $"{u.Username} ({r})"))
            .ToList();
        if (stranded.Count > 0)
        {
            errors.Add("roles", $"Still held by {string.Join(", ", stranded)}; change those accounts first.");
        }

        errors.ThrowIfAny("Invalid office");
        await store.UpsertOfficeAsync(updated, cancellationToken);
        runtime.ForgetOfficeZone(office.Code);
        logger.LogInformation(
            "Office {Office} changed by {Actor}: name {Name}, time zone {TimeZone}, roles {Roles}",
            office.Code, actor.Name, updated.Name, updated.TimeZone, string.Join(",", updated.Roles));
        return updated;
    }

    public async Task<IReadOnlyList<StaffAccount>> ListUsersAsync(CancellationToken cancellationToken) =>
        [.. (await store.ListUsersAsync(cancellationToken)).OrderBy(u => u.Username, StringComparer.Ordinal).Select(StaffAccount.From)];

    public async Task<StaffAccount> GetUserAsync(string username, CancellationToken cancellationToken) =>
        StaffAccount.From(await FindUserAsync(username, cancellationToken));

    public async Task<StaffAccount> CreateUserAsync(NewStaffAccount account, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        RequireAdmin(actor);
        var errors = new Errors();
        var username = account.Username?.Trim();
        if (string.IsNullOrEmpty(username) || !UsernamePattern().IsMatch(username))
        {
            errors.Add("username", "2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. dinkes.reviewer2).");
        }

        var displayName = Required(errors, "displayName", account.DisplayName, 200);
        var email = Email(errors, account.Email);
        Password(errors, account.Password);
        var (office, roles) = await OfficeAndRolesAsync(errors, account.Office, account.Roles, cancellationToken);
        errors.ThrowIfAny("Invalid staff account");
        if (await store.FindUserAsync(username!, cancellationToken) is not null)
        {
            throw new CommandException(CommandErrorKind.Conflict, $"The username {username} is taken");
        }

        var user = new UserRecord(
            username!, displayName!, hasher.Hash(account.Password!), office, roles, account.Active ?? true, email, SecurityStamps.New());
        await store.UpsertUserAsync(user, cancellationToken);
        logger.LogInformation(
            "Staff account {Username} created by {Actor}: office {Office}, roles {Roles}, active {Active}",
            user.Username, actor.Name, user.Office, string.Join(",", user.Roles), user.Active);
        return StaffAccount.From(user);
    }

    public async Task<StaffAccount> UpdateUserAsync(string username, StaffAccountChange change, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        RequireAdmin(actor);
        var user = await FindUserAsync(username, cancellationToken);
        var errors = new Errors();
        var displayName = Required(errors, "displayName", change.DisplayName, 200);
        var email = Email(errors, change.Email);
        var (office, roles) = await OfficeAndRolesAsync(errors, change.Office, change.Roles, cancellationToken);
        var active = change.Active ?? user.Active;

        // An admin cannot lock themselves out; another admin has to do it.
        if (string.Equals(user.Username, actor.Name, StringComparison.OrdinalIgnoreCase))
        {
            if (!active)
            {
                errors.Add("active", "You cannot deactivate your own account.");
            }

            if (!roles.Contains(StaffRoles.Admin))
            {
                errors.Add("roles", "You cannot remove the Admin role from your own account.");
            }
        }

        errors.ThrowIfAny("Invalid staff account");
        var updated = user with { DisplayName = displayName!, Office = office, Roles = roles, Active = active, Email = email };
        var signedOut = active != user.Active
            || !string.Equals(office, user.Office, StringComparison.Ordinal)
            || !roles.ToHashSet(StringComparer.Ordinal).SetEquals(user.Roles);
        if (signedOut)
        {
            updated = updated with { SecurityStamp = SecurityStamps.New() };
        }

        await store.UpsertUserAsync(updated, cancellationToken);
        if (active && !user.Active)
        {
            throttle.Forget(user.Username);
        }

        logger.LogInformation(
            "Staff account {Username} changed by {Actor}: office {Office}, roles {Roles}, active {Active}, sessions ended {SignedOut}",
            updated.Username, actor.Name, updated.Office, string.Join(",", updated.Roles), updated.Active, signedOut);
        return StaffAccount.From(updated);
    }

    public async Task ResetPasswordAsync(string username, PasswordReset reset, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reset);
        RequireAdmin(actor);
        var user = await FindUserAsync(username, cancellationToken);
        var errors = new Errors();
        Password(errors, reset.Password);
        errors.ThrowIfAny("Invalid password");
        await store.UpsertUserAsync(user with { PasswordHash = hasher.Hash(reset.Password!), SecurityStamp = SecurityStamps.New() }, cancellationToken);
        throttle.Forget(user.Username);
        logger.LogInformation("Password of {Username} reset by {Actor}; the account's sessions ended", user.Username, actor.Name);
    }

    /// <summary>The editable part of an office checked: a name, a time zone this machine knows, at least one office role.</summary>
    private static OfficeRecord OfficeFields(Errors errors, string code, string? name, string? timeZone, IReadOnlyList<string>? requestedRoles)
    {
        var trimmedName = Required(errors, "name", name, 200);
        var zone = timeZone?.Trim();
        if (string.IsNullOrEmpty(zone))
        {
            errors.Add("timeZone", "The time zone is required, e.g. Asia/Jakarta.");
        }
        else
        {
            try
            {
                TimeZones.Resolve(zone);
            }
            catch (TimeZoneNotFoundException e)
            {
                errors.Add("timeZone", e.Message);
            }
        }

        var roles = Roles(errors, requestedRoles, OfficeRoles);
        if (roles.Count == 0)
        {
            errors.Add("roles", "An office needs at least one role.");
        }

        return new OfficeRecord(code, trimmedName ?? "", zone ?? "", roles);
    }

    private static void RequireAdmin(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            throw new CommandException(CommandErrorKind.Forbidden, "Only administrators manage offices and staff accounts");
        }
    }

    private async Task<OfficeRecord?> FindOfficeAsync(string? code, CancellationToken cancellationToken) =>
        (await store.ListOfficesAsync(cancellationToken)).FirstOrDefault(o => string.Equals(o.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    private async Task<UserRecord> FindUserAsync(string username, CancellationToken cancellationToken) =>
        await store.FindUserAsync(username, cancellationToken)
        ?? throw new CommandException(CommandErrorKind.NotFound, $"No staff account {username}");

    private async Task<(string? Office, IReadOnlyList<string> Roles)> OfficeAndRolesAsync(
        Errors errors, string? officeCode, IReadOnlyList<string>? requested, CancellationToken cancellationToken)
    {
        var roles = Roles(errors, requested, StaffRoles.All);
        if (roles.Count == 0)
        {
            errors.Add("roles", "At least one role is required.");
        }

        var officeRoles = roles.Where(OfficeRoles.Contains).ToList();
        if (string.IsNullOrWhiteSpace(officeCode))
        {
            if (officeRoles.Count > 0)
            {
                errors.Add("office", $"The roles {string.Join(", ", officeRoles)} act in an office: choose one.");
            }

            return (null, roles);
        }

        var office = await FindOfficeAsync(officeCode, cancellationToken);
        if (office is null)
        {
            errors.Add("office", $"No office {officeCode.Trim()}.");
            return (null, roles);
        }

        var missing = officeRoles.Where(r => !office.Roles.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            errors.Add("roles", $"{office.Code} has no {string.Join(", ", missing)} role (it has {string.Join(", ", office.Roles)}).");
        }

        return (office.Code, roles);
    }

    /// <summary>The requested roles in their canonical spelling, each once; unknown names are errors.</summary>
    private static List<string> Roles(Errors errors, IReadOnlyList<string>? requested, IReadOnlyList<string> allowed)
    {
        var roles = new List<string>();
        foreach (var name in requested ?? [])
        {
            var known = allowed.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add("roles", $"Unknown role '{ApplicationDataValidator.Printable(name)}'; one of {string.Join(", ", allowed)}.");
            }
            else if (!roles.Contains(known))
            {
                roles.Add(known);
            }
        }

        return roles;
    }

    private static string? Required(Errors errors, string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add(field, "Required.");
        }
        else if (trimmed.Length > maxLength)
        {
            errors.Add(field, $"At most {maxLength} characters.");
        }

        return trimmed;
    }

    private static string? Email(Errors errors, string? email)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed)
        {
            errors.Add("email", "A single e-mail address such as reviewer@dinkes.example.go.id, or nothing.");
        }

        return trimmed;
    }

    private static void Password(Errors errors, string? password)
    {
        if (password is null || password.Length < MinPasswordLength)
        {
            errors.Add("password", $"At least {MinPasswordLength} characters.");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex UsernamePattern();

    [GeneratedRegex("^[A-Z][A-Z0-9-]{1,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeCodePattern();

    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

        public void Add(string field, string message)
        {
            if (!_errors.TryGetValue(field, out var messages))
            {
                _errors[field] = messages = [];
            }

            messages.Add(message);
        }

        public void ThrowIfAny(string title)
        {
            if (_errors.Count > 0)
            {
                throw new CommandException(
                    CommandErrorKind.Invalid, title, errors: _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
            }
        }
    }
}
