using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Pdf;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// Public verification cannot be used to list applicants (issue 10, point 3): receipt numbers, which are sequential
/// registration numbers, verify as nothing; a permit or refusal letter shows validity, kind, date and a masked holder, and
/// only with its own check code (printed on it, carried by its QR link) the full record. Both stores: the code's hash is
/// stored with the document.
/// </summary>
public abstract partial class VerificationEnumerationTests(DesignerHost host)
{
    private const string Holder = "dr. Sari Wulandari";
    private const string MaskedHolder = "d*** S*** W***";
    private static readonly TimeSpan IssueTimeout = TimeSpan.FromSeconds(120);

    /*  submit --> [receipt issued]: its number is the registration number  */
    [Fact]
    public async Task ReceiptNumber_IsNotVerifiable_AndAnswersExactlyAsAnUnknownNumber()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var receipt = await WaitForDocumentAsync(app, DocumentKinds.Receipt);
        Assert.Equal(app.RegistrationNumber, (string)receipt["number"]!);
        var unknown = app.RegistrationNumber[..^6] + "999999";
        using var client = host.CreateClient();

        using var receiptApi = await client.GetAsync($"/api/verify/{app.RegistrationNumber}");
        using var unknownApi = await client.GetAsync($"/api/verify/{unknown}");
        using var receiptPage = await client.GetAsync($"/verify/{app.RegistrationNumber}");
        using var unknownPage = await client.GetAsync($"/verify/{unknown}");

        var receiptProblem = await Problems.AssertProblemAsync(receiptApi, HttpStatusCode.NotFound);
        var unknownProblem = await Problems.AssertProblemAsync(unknownApi, HttpStatusCode.NotFound);
        receiptProblem.Remove("traceId");
        unknownProblem.Remove("traceId");
        Assert.Equal(unknownProblem.ToJsonString(), receiptProblem.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, receiptPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPage.StatusCode);
        var receiptHtml = await receiptPage.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Sari", receiptHtml, StringComparison.Ordinal);
        Assert.Equal(
            (await unknownPage.Content.ReadAsStringAsync()).Replace(unknown, "#", StringComparison.Ordinal),
            receiptHtml.Replace(app.RegistrationNumber, "#", StringComparison.Ordinal));
    }

    /*  check-completeness --Lengkap--> verify-file --Terverifikasi--> health-recommendation --Rekomendasi-->
            sign-permit --Tandatangani--> issue-permit  */
    [Fact]
    public async Task Permit_WithoutCodeIsMasked_WithItsPrintedCodeIsFull_AndAWrongCodeIsNoBetterThanNone()
    {
        var (number, code, pdf) = await IssuedAsync("sip-dokter", SampleData.Sip(), DocumentKinds.Permit,
            ("check-completeness", "Lengkap"), ("verify-file", "Terverifikasi"), ("health-recommendation", "Rekomendasi"),
            ("sign-permit", "Tandatangani"));
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var wrongCode = DocumentCheckCode.Derive(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), Guid.NewGuid());
        using var client = host.CreateClient();

        var masked = await client.GetFromJsonAsync<JsonObject>($"/api/verify/{number}");
        var full = await client.GetFromJsonAsync<JsonObject>($"/api/verify/{number}?code={code}");
        var typedLoosely = await client.GetFromJsonAsync<JsonObject>(
            $"/api/verify/{Uri.EscapeDataString(number)}?code={Uri.EscapeDataString(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal))}");
        var wrong = await client.GetFromJsonAsync<JsonObject>($"/api/verify/{number}?code={wrongCode}");
        var garbage = await client.GetFromJsonAsync<JsonObject>($"/api/verify/{number}?code=%27%20OR%201%3D1--");

        Assert.True((bool)masked!["valid"]!);
        Assert.False((bool)masked["revoked"]!);
        Assert.Equal("Permit", (string?)masked["kind"]);
        Assert.Equal(number, (string?)masked["number"]);
        Assert.Equal(MaskedHolder, (string?)masked["holder"]);
        Assert.False((bool)masked["codeVerified"]!);
        Assert.Null((string?)masked["sha256"]);
        Assert.DoesNotContain("Sari", masked.ToJsonString(), StringComparison.Ordinal);

        Assert.True((bool)full!["codeVerified"]!);
        Assert.Equal(Holder, (string?)full["holder"]);
        Assert.Equal(sha256, (string?)full["sha256"]);
        Assert.Equal(full.ToJsonString(), typedLoosely!.ToJsonString());

        Assert.Equal(masked.ToJsonString(), wrong!.ToJsonString());
        Assert.Equal(masked.ToJsonString(), garbage!.ToJsonString());

        var maskedPage = await client.GetStringAsync($"/verify/{number}");
        var fullPage = await client.GetStringAsync($"/verify/{number}?code={code}");
        var wrongPage = await client.GetStringAsync($"/verify/{number}?code={wrongCode}");
        var typedPage = await client.GetStringAsync($"/verify?number={Uri.EscapeDataString(number)}&code={code}");
        // A number alone proves no paper: no green verdict without the code, and a red one with a wrong code.
        Assert.DoesNotContain("SAH", maskedPage, StringComparison.Ordinal);
        Assert.Contains("data-verdict=\"recorded\"", maskedPage, StringComparison.Ordinal);
        Assert.Contains("data-verdict=\"valid\"", fullPage, StringComparison.Ordinal);
        Assert.DoesNotContain("SAH", wrongPage, StringComparison.Ordinal);
        Assert.Contains("data-verdict=\"mismatch\"", wrongPage, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(MaskedHolder), maskedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Sari", maskedPage, StringComparison.Ordinal);
        Assert.DoesNotContain(sha256, maskedPage, StringComparison.Ordinal);
        Assert.Contains("name=\"code\"", maskedPage, StringComparison.Ordinal);
        Assert.Contains(Holder, fullPage, StringComparison.Ordinal);
        Assert.Contains(sha256, fullPage, StringComparison.Ordinal);
        Assert.Contains(Holder, typedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Sari", wrongPage, StringComparison.Ordinal);
        Assert.DoesNotContain(sha256, wrongPage, StringComparison.Ordinal);
        Assert.Contains("tidak cocok", wrongPage, StringComparison.Ordinal);

        // The store holds a hash of the code bound to the number, never the code itself.
        var stored = await host.Services.GetRequiredService<IWorkflowStore>().FindVerifiableDocumentAsync(number, CancellationToken.None);
        Assert.Equal(DocumentCheckCode.Hash(number, code), stored!.CheckCodeHash);
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), stored.CheckCodeHash!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Permit_QrLinkAndPrintedFooter_CarryTheCheckCode()
    {
        var (number, code, pdf) = await IssuedAsync("sip-dokter", SampleData.Sip(), DocumentKinds.Permit,
            ("check-completeness", "Lengkap"), ("verify-file", "Terverifikasi"), ("health-recommendation", "Rekomendasi"),
            ("sign-permit", "Tandatangani"));
        var expected = Url(number, code);

        Assert.Contains(expected, await TextAsync(pdf), StringComparison.Ordinal);
        // The QR image is the one the renderer draws for exactly that link, and not the one of the bare number.
        var qr = await QrImageAsync(pdf);
        Assert.Equal(await QrImageAsync(Reference(expected)), qr);
        Assert.NotEqual(await QrImageAsync(Reference(Url(number, null))), qr);

        using var client = host.CreateClient();
        var scanned = await client.GetStringAsync(new Uri(expected).PathAndQuery);
        Assert.Contains(Holder, scanned, StringComparison.Ordinal);
    }

    /*  reklame: check-completeness --Lengkap--> survey-satpolpp --Layak--> survey-pupr --TidakLayak--> issue-rejection  */
    /// <summary>
    /// A refusal letter's sequential number alone (or with a wrong code) answers exactly as an unknown number, API and page,
    /// so that the numbers cannot be walked to learn who (by initials) was refused; with the code printed on it, the full record.
    /// </summary>
    [Fact]
    public async Task RefusalLetter_CarriesQrAndCode_AndVerifiesOnlyWithItsCode_ElseAsAnUnknownNumber()
    {
        var (number, code, pdf) = await IssuedAsync("reklame", SampleData.Reklame(), DocumentKinds.Rejection,
            ("check-completeness", "Lengkap"), ("survey-satpolpp", "Layak"), ("survey-pupr", "TidakLayak"));
        Assert.Contains($"/verify/{number}?code={code}", await TextAsync(pdf), StringComparison.Ordinal);
        Assert.Equal(await QrImageAsync(Reference(Url(number, code))), await QrImageAsync(pdf));
        using var client = host.CreateClient();
        var unknown = Regex.Replace(number, @"^503/\d{4}/", "503/9999/");
        var wrongCode = (code[0] == 'A' ? "B" : "A") + code[1..];

        using var unknownApi = await client.GetAsync($"/api/verify/{unknown}");
        var unknownProblem = await Problems.AssertProblemAsync(unknownApi, HttpStatusCode.NotFound);
        unknownProblem.Remove("traceId");
        foreach (var query in new[] { "", $"?code={wrongCode}" })
        {
            using var api = await client.GetAsync($"/api/verify/{number}{query}");
            var problem = await Problems.AssertProblemAsync(api, HttpStatusCode.NotFound);
            problem.Remove("traceId");
            Assert.Equal(unknownProblem.ToJsonString(), problem.ToJsonString());
        }

        using var page = await client.GetAsync($"/verify/{number}");
        using var unknownPage = await client.GetAsync($"/verify/{unknown}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain(MaskedHolder, html, StringComparison.Ordinal);
        // The page names the number as typed (also URL-encoded, in its language switch); otherwise the two are the same.
        static string Blank(string page, string typed) => page.Replace(typed, "#", StringComparison.Ordinal)
            .Replace(Uri.EscapeDataString(typed), "#", StringComparison.Ordinal);
        Assert.Equal(Blank(await unknownPage.Content.ReadAsStringAsync(), unknown), Blank(html, number));

        var full = await client.GetFromJsonAsync<JsonObject>($"/api/verify/{number}?code={code}");
        Assert.Equal("Rejection", (string?)full!["kind"]);
        Assert.Equal(Holder, (string?)full["holder"]);
        Assert.True((bool)full["codeVerified"]!);
        Assert.Contains(Holder, await client.GetStringAsync($"/verify/{number}?code={code}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyPage_WithoutNumber_OffersTheFormInIndonesian_AndInEnglishOnRequest()
    {
        using var client = host.CreateClient();

        using var indonesian = await client.GetAsync("/verify");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/verify");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        using var english = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, indonesian.StatusCode);
        var html = await indonesian.Content.ReadAsStringAsync();
        Assert.Contains("Verifikasi Dokumen", html, StringComparison.Ordinal);
        Assert.Contains("Kode verifikasi", html, StringComparison.Ordinal);
        Assert.Contains("name=\"code\"", html, StringComparison.Ordinal);
        Assert.Contains("width=device-width", html, StringComparison.Ordinal);
        var englishHtml = await english.Content.ReadAsStringAsync();
        Assert.Contains("Document verification", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Verification code", englishHtml, StringComparison.Ordinal);
    }

    private async Task<(string Number, string Code, byte[] Pdf)> IssuedAsync(
        string route, JsonObject data, string kind, params (string Activity, string Outcome)[] decisions)
    {
        var app = await host.SubmitAsync(route, data);
        foreach (var (activity, outcome) in decisions)
        {
            await host.DecideAsync(app, activity, outcome);
        }

        var document = await WaitForDocumentAsync(app, kind);
        using var admin = await host.ClientAsync("admin");
        var pdf = await admin.GetByteArrayAsync($"/api/documents/{(string)document["id"]!}");
        var text = await TextAsync(pdf);
        // Printed under the QR code as "Kode verifikasi:" and the code on its own; the footer's link carries it after "code=".
        var code = PrintedCode().Match(text);
        Assert.True(code.Success && text.Contains("Kode verifikasi:", StringComparison.Ordinal), "The document prints no check code: " + text);
        return ((string)document["number"]!, code.Groups[1].Value, pdf);
    }

    private async Task<JsonObject> WaitForDocumentAsync(SubmittedApplication app, string kind)
    {
        using var admin = await host.ClientAsync("admin");
        JsonObject? found = null;
        await Poll.UntilAsync(
            async () => (found = (await admin.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/documents"))!
                .Select(d => d!.AsObject()).FirstOrDefault(d => (string?)d["kind"] == kind)) is not null,
            IssueTimeout,
            () => Task.FromResult($"No {kind} issued for {app.RegistrationNumber}."));
        return found!;
    }

    private string Url(string number, string? code) =>
        host.Services.GetRequiredService<IOptions<DocumentOptions>>().Value.VerificationUrl(number, code);

    private static byte[] Reference(string verificationUrl) =>
        new PdfDocumentRenderer(new Letterhead()).RenderRejection(new RejectionContent(
            "1", "2", "3", "4", ["5"], "6", new DateOnly(2026, 1, 1), new Signatory("7", "8", null, null), verificationUrl, "X"));

    private static async Task<string> TextAsync(byte[] pdf) =>
        await WithFileAsync(pdf, async (directory, path) =>
        {
            var result = await ExternalTool.RunAsync("pdftotext", [path, "-"], "poppler-utils", TimeSpan.FromSeconds(30));
            Assert.True(result.ExitCode == 0, $"pdftotext exited {result.ExitCode}: {result.StandardError}");
            return WhiteSpace().Replace(result.StandardOutput, " ");
        });

    /// <summary>The bytes of the one image on the PDF's last page, as stored in the file (the QR code).</summary>
    private static async Task<byte[]> QrImageAsync(byte[] pdf) =>
        await WithFileAsync(pdf, async (directory, path) =>
        {
            var result = await ExternalTool.RunAsync("pdfimages", ["-all", path, Path.Combine(directory, "image")], "poppler-utils",
                TimeSpan.FromSeconds(30));
            Assert.True(result.ExitCode == 0, $"pdfimages exited {result.ExitCode}: {result.StandardError}");
            return await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(directory, "image-*")));
        });

    private static async Task<T> WithFileAsync<T>(byte[] pdf, Func<string, string, Task<T>> use)
    {
        var directory = Directory.CreateTempSubdirectory("mpp-verify-").FullName;
        try
        {
            var path = Path.Combine(directory, "document.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            return await use(directory, path);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [GeneratedRegex(@"(?<![=\w-])([0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5})(?![\w-])")]
    private static partial Regex PrintedCode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    public sealed class OnSqlite(SqliteHost host) : VerificationEnumerationTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : VerificationEnumerationTests(host), IClassFixture<PostgresHost>;
}
