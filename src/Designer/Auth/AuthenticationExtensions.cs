using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Mpp.Workflows.Designer.Auth.KeyRing;
using Mpp.Workflows.Designer.Storage;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// Staff sign in with bearer tokens (the web UI will add a cookie scheme carrying the same <see cref="StaffClaims"/>).
/// Tokens are data-protected with the key ring kept in the store (<see cref="StoreXmlRepository"/>), so they survive a
/// restart and every host of a deployment accepts them. Sign-in is
/// throttled and upgrades weak password hashes (<see cref="StaffSignIn"/>); settings are in section <c>Auth</c>.
/// </summary>
internal static class AuthenticationExtensions
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(8);

    public static WebApplicationBuilder AddStaffAuthentication(this WebApplicationBuilder builder)
    {
        // One key ring for every host of the deployment, in the store, encrypted with the deployment's secret.
        builder.Services.AddDataProtection().SetApplicationName("Mpp.Workflows");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IHostKeyStore, IOptions<EngineOptions>, TimeProvider>((options, store, engine, time) =>
            {
                options.XmlRepository = new StoreXmlRepository(store, time);
                options.XmlEncryptor = new KeyRingEncryptor(KeyRingEncryptor.DeriveKey(engine.Value));
            });
        // Right after the store's migration and before the framework's own start-up service, which would otherwise make a
        // first key of its own, outside the lock, on every host starting at once.
        var afterStore = builder.Services.ToList().FindIndex(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(StoreInitializer));
        if (afterStore < 0)
        {
            throw new InvalidOperationException("Add the workflow storage before staff authentication: the key ring lives in the store.");
        }

        builder.Services.Insert(afterStore + 1, ServiceDescriptor.Singleton<IHostedService, KeyRingStartup>());
        builder.Services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme)
            .AddBearerToken(options => options.BearerTokenExpiration = TokenLifetime);
        builder.Services.AddStaffPolicies();
        builder.Services.AddOptions<StaffAuthOptions>()
            .Bind(builder.Configuration.GetSection(StaffAuthOptions.Section))
            .Validate(o => o.RevalidationInterval > TimeSpan.Zero && o.RevalidationInterval <= TimeSpan.FromMinutes(1),
                "Auth:RevalidationInterval must be more than zero and at most a minute.")
            .Validate(o => o.SignIn.FailuresPerUserName > 0 && o.SignIn.FailuresPerAddress > 0 && o.SignIn.Window > TimeSpan.Zero,
                "Auth:SignIn:FailuresPerUserName, FailuresPerAddress and Window must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PasswordHasher>();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<StaffSignIn>();
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddTransient<Microsoft.AspNetCore.Authentication.IClaimsTransformation, ActiveStaffCheck>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AnonymousChallenge>();
        return builder;
    }
}
