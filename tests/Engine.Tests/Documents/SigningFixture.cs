using System.Security.Cryptography.X509Certificates;
using Mpp.Workflows.Engine.Pdf;

namespace Mpp.Workflows.Engine.Tests.Documents;

/// <summary>One development certificate per test run: RSA key generation is the slow part of signing tests.</summary>
public sealed class SigningFixture : IDisposable
{
    public SigningFixture()
    {
        DataDirectory = Directory.CreateTempSubdirectory("mpp-signing-").FullName;
        Certificate = DevelopmentCertificate.EnsureCreated(DataDirectory);
    }

    public string DataDirectory { get; }

    public X509Certificate2 Certificate { get; }

    public void Dispose()
    {
        Certificate.Dispose();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
