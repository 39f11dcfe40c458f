using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Mpp.Workflows.Designer.Auth.KeyRing;

/// <summary>
/// The data-protection key ring (staff tokens, sign-in cookies, antiforgery) kept in the store instead of each host's data
/// directory, so every host of a deployment reads and writes the same keys. The elements arrive already encrypted
/// (<see cref="KeyRingEncryptor"/>). The framework's repository interface is synchronous; it is read when a host starts,
/// about once a day after that, and when a key is made.
/// </summary>
internal sealed class StoreXmlRepository(IHostKeyStore store, TimeProvider time) : IXmlRepository
{
    public const string Purpose = "data-protection";

    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. store.ListHostKeysAsync(Purpose, CancellationToken.None).GetAwaiter().GetResult().Select(key => XElement.Parse(key.Value))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName;
        store.AddHostKeyAsync(new HostKey(Purpose, name, element.ToString(SaveOptions.DisableFormatting), time.GetUtcNow()), CancellationToken.None)
            .GetAwaiter().GetResult();
    }
}
