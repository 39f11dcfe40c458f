using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Mpp.Workflows.Designer.Auth.KeyRing;

/// <summary>
/// Encrypts each key's secret before it reaches the store (AES-256-GCM), with a key derived from the deployment's secret
/// <c>Engine:TrackingTokenSecret</c>, which is not in the database: a copy of the database cannot mint staff tokens.
/// Every host of a deployment must therefore share that secret, as it already must for tracking links.
/// </summary>
internal sealed class KeyRingEncryptor(byte[] key) : IXmlEncryptor
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly byte[] Info = "Mpp.Workflows data-protection key ring"u8.ToArray();

    /// <summary>The 256-bit encryption key for the key ring, derived from the tracking token secret.</summary>
    public static byte[] DeriveKey(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, TrackingTokenIssuer.ReadSecret(options.TrackingTokenSecret), 32, info: Info);
    }

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var tag = new byte[TagBytes];
        var cipher = new byte[plain.Length];
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }

        var element = new XElement(
            "encryptedSecret",
            new XAttribute("nonce", Convert.ToBase64String(nonce)),
            new XAttribute("tag", Convert.ToBase64String(tag)),
            Convert.ToBase64String(cipher));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }

    /// <summary>Reverses <see cref="Encrypt"/>; throws when the element was encrypted under another secret.</summary>
    public static XElement Decrypt(byte[] key, XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var nonce = Convert.FromBase64String((string)encryptedElement.Attribute("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Attribute("tag")!);
        var cipher = Convert.FromBase64String(encryptedElement.Value);
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Decrypt(nonce, cipher, tag, plain);
        }

        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}

/// <summary>Made by the data-protection framework from the type name stored with each key; reads the secret from the host's options.</summary>
internal sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        KeyRingEncryptor.Decrypt(KeyRingEncryptor.DeriveKey(services.GetRequiredService<IOptions<EngineOptions>>().Value), encryptedElement);
}
