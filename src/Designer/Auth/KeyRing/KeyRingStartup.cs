using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Mpp.Workflows.Designer.Auth.KeyRing;

/// <summary>
/// Before the host serves: makes the first key of the shared key ring under the store's lock, so hosts starting together
/// make one key and all use it (each making its own, a token of one host would be refused by the others until they reread
/// the ring). Later keys are made by the framework two days before the current one expires, in time for every host to read
/// them, so rotation signs no one out. A key this host cannot decrypt (another <c>Engine:TrackingTokenSecret</c>) is
/// reported, not fatal: that host does not accept the others' tokens (so a host started with the wrong secret says why in its log
/// instead of crashing), and if it reads no key at all it makes one of its own, so a single host whose secret was changed
/// serves again and its staff sign in once more.
/// </summary>
internal sealed class KeyRingStartup(
    IHostKeyStore store, IKeyManager keys, IOptions<KeyManagementOptions> options, TimeProvider time, ILogger<KeyRingStartup> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        store.RunExclusiveAsync(
            StoreXmlRepository.Purpose,
            _ =>
            {
                var now = time.GetUtcNow();
                var all = keys.GetAllKeys();
                foreach (var unreadable in all.Where(k => !Readable(k)))
                {
                    logger.LogError(
                        "Key {KeyId} of the shared key ring cannot be decrypted here: this host's Engine:TrackingTokenSecret differs from the host that made it, so tokens and sign-ins of the other hosts are refused here. Give every host the same secret.",
                        unreadable.KeyId);
                }

                if (!all.Any(k => !k.IsRevoked && Readable(k) && k.ActivationDate <= now && k.ExpirationDate > now))
                {
                    keys.CreateNewKey(now, now + options.Value.NewKeyLifetime);
                }

                return Task.CompletedTask;
            },
            cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Whether this host can decrypt <paramref name="key"/>; reading the descriptor of one it cannot throws.</summary>
    private static bool Readable(IKey key)
    {
        try
        {
            return key.Descriptor is not null;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
