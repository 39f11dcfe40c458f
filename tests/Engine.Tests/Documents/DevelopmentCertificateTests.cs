using System.Security.Cryptography.X509Certificates;
using Mpp.Workflows.Engine.Pdf;

namespace Mpp.Workflows.Engine.Tests.Documents;

public sealed class DevelopmentCertificateTests(SigningFixture fixture) : IClassFixture<SigningFixture>
{
    [Fact]
    public void EnsureCreated_WritesSelfSignedRsa2048CertificateNamedAfterTheOffice()
    {
        var certificate = fixture.Certificate;

        Assert.True(certificate.HasPrivateKey);
        Assert.Equal(certificate.Subject, certificate.Issuer);
        Assert.Equal(2048, certificate.GetRSAPublicKey()!.KeySize);
        Assert.Equal("DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", certificate.GetNameInfo(X509NameType.SimpleName, false));
        Assert.Contains("O=PEMERINTAH KABUPATEN PEMALANG", certificate.Subject, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(fixture.DataDirectory, DevelopmentCertificate.FileName)));
        Assert.True(File.Exists(Path.Combine(fixture.DataDirectory, DevelopmentCertificate.PasswordFileName)));
    }

    [Fact]
    public void EnsureCreated_SecondCall_LoadsTheSameCertificate()
    {
        using var again = DevelopmentCertificate.EnsureCreated(fixture.DataDirectory);

        Assert.Equal(fixture.Certificate.Thumbprint, again.Thumbprint);
        Assert.True(again.HasPrivateKey);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void EnsureCreated_KeepsKeyAndPasswordReadableByOwnerOnly()
    {
        foreach (var name in new[] { DevelopmentCertificate.FileName, DevelopmentCertificate.PasswordFileName })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(fixture.DataDirectory, name)));
        }
    }

    [Fact]
    public void EnsureCreated_ConcurrentCallers_ShareOneCertificate()
    {
        var directory = Directory.CreateTempSubdirectory("mpp-signing-race-").FullName;
        try
        {
            var thumbprints = Enumerable.Range(0, 4)
                .AsParallel()
                .Select(_ =>
                {
                    using var certificate = DevelopmentCertificate.EnsureCreated(directory);
                    return certificate.Thumbprint;
                })
                .Distinct()
                .ToList();

            Assert.Single(thumbprints);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
