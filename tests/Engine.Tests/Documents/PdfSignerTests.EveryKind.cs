using Mpp.Workflows.Engine.Pdf;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Tests.Documents;

public sealed partial class PdfSignerTests
{
    public static TheoryData<string, string> RoutesAndKinds
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var route in DocumentSamples.Routes)
            {
                foreach (var kind in new[] { DocumentKinds.Receipt, DocumentKinds.Permit, DocumentKinds.Rejection })
                {
                    data.Add(route, kind);
                }
            }

            return data;
        }
    }

    /// <summary>
    /// What the outbox issues, per route and kind: the text survives signing (number, holder, dates), qpdf finds nothing
    /// but the named Adler-32 warning, pdfsig calls the signature valid, and invalid once one signed byte changes.
    /// </summary>
    [Theory]
    [MemberData(nameof(RoutesAndKinds))]
    public async Task Sign_EveryKindOfEveryRoute_ReadsBackPassesQpdfAndPdfsig_AndFailsPdfsigWhenTampered(string route, string kind)
    {
        var (pdf, expected) = kind switch
        {
            DocumentKinds.Receipt => Receipt(route),
            DocumentKinds.Permit => Permit(route),
            _ => Rejection(route),
        };
        var signed = new PdfSigner(fixture.Certificate).Sign(pdf, Info);
        var name = $"issued-{kind.ToLowerInvariant()}-{route}";

        var text = PdfInspection.Text(signed);
        Assert.All(expected, value => Assert.Contains(value, text, StringComparison.Ordinal));
        await PdfInspection.AssertQpdfCleanAsync(signed, name);
        var valid = await PdfInspection.PdfSigAsync(signed, name);
        Assert.Contains("Signature Validation: Signature is Valid.", valid.StandardOutput, StringComparison.Ordinal);

        var tampered = (byte[])signed.Clone();
        var (firstRangeLength, _) = ByteRange(signed);
        var title = Encoding.ASCII.GetBytes("/Title(");
        var position = signed.AsSpan().IndexOf(title) + title.Length;
        Assert.True(position > title.Length && position < firstRangeLength, "the document title must lie in the first signed range");
        tampered[position] = (byte)(tampered[position] == (byte)'X' ? 'Y' : 'X');
        var invalid = await PdfInspection.PdfSigAsync(tampered, name + "-tampered");
        Assert.DoesNotContain("Signature is Valid", invalid.StandardOutput, StringComparison.Ordinal);
    }

    private (byte[] Pdf, string[] Expected) Receipt(string route)
    {
        var content = DocumentSamples.Receipt(route);
        return (renderer.RenderReceipt(content),
            [content.RegistrationNumber, content.ApplicantName, "20 November 2026", IndonesianDate.Format(content.ExpectedCompletion), content.TrackingUrl]);
    }

    private (byte[] Pdf, string[] Expected) Permit(string route)
    {
        var content = DocumentSamples.Permit(route);
        string[] dates = content.ValidUntil is { } until
            ? [IndonesianDate.Format(content.Date), IndonesianDate.Format(until)]
            : [IndonesianDate.Format(content.Date)];
        return (renderer.RenderPermit(content), [content.PermitNumber, content.HolderName, .. dates]);
    }

    private (byte[] Pdf, string[] Expected) Rejection(string route)
    {
        var content = DocumentSamples.Rejection(route);
        return (renderer.RenderRejection(content), [content.LetterNumber, content.ApplicantName, IndonesianDate.Format(content.Date)]);
    }
}
