namespace Mpp.Workflows.Designer.Auth;

/// <summary>The result of checking a password against its stored hash.</summary>
internal enum PasswordCheck
{
    Wrong,
    Valid,

    /// <summary>The password is right but its hash is weaker than new hashes are (fewer iterations): store a new one.</summary>
    ValidButWeak,
}
