using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Testing.Pdf;
using Mpp.Workflows.Testing.Revocation;
using PdfSharp.Pdf;

namespace Mpp.Workflows.Designer.Tests.Documents;

/// <summary>
/// The host's signer with <c>Signing:LongTermValidation</c>: an office certificate (PKCS#12 from <c>Signing:CertificatePath</c>)
/// issued by a loopback CA whose CRL and OCSP responder answer (<see cref="TestRevocationAuthority"/>) gets a DSS by default,
/// and none when the setting is false.
/// </summary>
public sealed class LongTermSigningTests : IAsyncLifetime
{
    private readonly string data = Directory.CreateTempSubdirectory("mpp-signing-lt-").FullName;
    private TestRevocationAuthority authority = null!;
    private string pkcs12 = null!;

    public async Task InitializeAsync()
    {
        authority = await TestRevocationAuthority.StartAsync();
        using var certificate = authority.Issue("DPMPTSP Kabupaten Uji", authority.CrlUrl, authority.OcspUrl);
        pkcs12 = Path.Combine(data, "office.p12");
        await File.WriteAllBytesAsync(pkcs12, new X509Certificate2Collection { certificate, authority.Root }.Export(X509ContentType.Pkcs12, "rahasia")!);
    }

    [Fact]
    public async Task Sign_ByDefault_AppendsTheDss_WithTheServedCrl()
    {
        var crlsBefore = authority.CrlsServed;

        var signed = await SignAsync(longTermValidation: null);

        Assert.True(SignatureInspection.HasDss(signed));
        Assert.True(Encoding.Latin1.GetString(signed).Contains(Encoding.Latin1.GetString(authority.Crl), StringComparison.Ordinal), "the served CRL is not in the file");
        Assert.True(authority.CrlsServed > crlsBefore, "the CRL was never fetched");
    }

    [Fact]
    public async Task Sign_LongTermValidationFalse_AppendsNoDss()
    {
        var crlsBefore = authority.CrlsServed;

        var signed = await SignAsync(longTermValidation: "false");

        Assert.False(SignatureInspection.HasDss(signed));
        Assert.Equal(crlsBefore, authority.CrlsServed);
    }

    public async Task DisposeAsync()
    {
        if (authority is not null)
        {
            await authority.DisposeAsync();
        }

        Directory.Delete(data, recursive: true);
    }

    private async Task<byte[]> SignAsync(string? longTermValidation)
    {
        var settings = new TestHostBuilder(data).OnSqlite()
            .With("Signing:CertificatePath", pkcs12)
            .With("Signing:CertificatePassword", "rahasia");
        if (longTermValidation is not null)
        {
            settings = settings.With("Signing:LongTermValidation", longTermValidation);
        }

        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(settings.ApplyTo);
        var signer = factory.Services.GetRequiredService<IDocumentSigner>();
        return await signer.SignAsync(BlankPdf(), new SignatureInfo("Uji", "Pemalang", DateTimeOffset.UtcNow), null, CancellationToken.None);
    }

    private static byte[] BlankPdf()
    {
        using var document = new PdfDocument();
        document.AddPage();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
