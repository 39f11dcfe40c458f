using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Designer.Auth.KeyRing;

/// <summary>
/// Before the host serves: makes the first key of the shared key ring under the store's lock, so hosts starting together
/// make one key and all use it (each making its own, a token of one host would be refused by the others until they reread
/// the ring). Later keys are made by the framework two days before the current one expires, in time for every host to read
/// them, so rotation signs no one out. A key this host cannot decrypt (another <c>Engine:TrackingTokenSecret</c>) is
/// reported: that host would not accept the others' tokens.
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
                foreach (var unreadable in all.Where(k => k.Descriptor is null))
                {
                    logger.LogError(
                        "Key {KeyId} of the shared key ring cannot be decrypted here: this host's Engine:TrackingTokenSecret differs from the host that made it, so tokens and sign-ins of the other hosts are refused here. Give every host the same secret.",
                        unreadable.KeyId);
                }

                if (!all.Any(k => !k.IsRevoked && k.Descriptor is not null && k.ActivationDate <= now && k.ExpirationDate > now))
                {
                    keys.CreateNewKey(now, now + options.Value.NewKeyLifetime);
                }

                return Task.CompletedTask;
            },
            cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
