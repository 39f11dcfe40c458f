using Microsoft.Playwright;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// PBG above 300 m² in the browser: the file is with two offices at once and goes on when both have approved.
/// <code>
/// register (DPMPTSP) ─▶ decide-scope ─True─▶ fork ─┬─▶ technical-consultation (PUPR) ─┬─▶ join (WaitAll) ─▶ assess-fee (DPMPTSP)
///                                                  └─▶ environmental-check (DLH) ─────┘
///   ─▶ confirm-payment (BAPENDA Cashier) ─▶ sign-permit (DPMPTSP Signer) ─▶ end (Approved)
/// </code>
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ParallelReviewTests(BrowserHost host)
{
    [Fact]
    public async Task Pbg_TwoOfficesApproveInParallel_ThenTheFileIsSignedAndCompleted()
    {
        var applicant = await host.NewPageAsync();
        await applicant.GotoAsync("/apply/pbg");
        await applicant.Locator("#f-applicant-name").FillAsync("Budi Santoso");
        await applicant.Locator("#f-applicant-email").FillAsync("budi@example.org");
        await applicant.Locator("#f-data-namaPemilik").FillAsync("Budi Santoso");
        await applicant.Locator("#f-data-nik").FillAsync("3327015505900001");
        await applicant.Locator("#f-data-alamatBangunan").FillAsync("Jl. Pemuda 5, Pemalang");
        await applicant.Locator("#f-data-fungsiBangunan").SelectOptionAsync("Usaha");
        await applicant.Locator("#f-data-luasLantai").FillAsync("450.5");
        await applicant.Locator("#f-data-jumlahLantai").FillAsync("2");
        await applicant.Locator("#f-data-nomorPersil").FillAsync("PERSIL-0042");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
        var registrationNumber = await applicant.GetByTestId("registration-number").InnerTextAsync();
        var tracking = (await applicant.GetByTestId("tracking-link").GetAttributeAsync("href"))!;

        await ApplicantJourneyTests.CompleteTaskAsync(host, "dpmptsp.frontoffice", registrationNumber, "Lengkap", null);
        await applicant.GotoAsync(tracking);
        var current = applicant.GetByTestId("current-steps");
        await Assertions.Expect(current).ToContainTextAsync("PUPR");
        await Assertions.Expect(current).ToContainTextAsync("DLH");
        await BrowserHost.ScreenshotAsync(applicant, "13-track-parallel");

        await ApplicantJourneyTests.CompleteTaskAsync(host, "pupr.reviewer", registrationNumber, "Setuju", "Sesuai KRK");
        await applicant.ReloadAsync();
        await Assertions.Expect(current).ToContainTextAsync("DLH");
        await Assertions.Expect(current).Not.ToContainTextAsync("PUPR");

        await ApplicantJourneyTests.CompleteTaskAsync(host, "dlh.reviewer", registrationNumber, "Sesuai", null);
        await ApplicantJourneyTests.CompleteTaskAsync(host, "dpmptsp.reviewer", registrationNumber, "Ditetapkan", "Retribusi ditetapkan",
            fields: new Dictionary<string, string> { ["Nilai retribusi (Rp)"] = "2500000" });
        await ApplicantJourneyTests.CompleteTaskAsync(host, "bapenda.cashier", registrationNumber, "Lunas", null);
        await ApplicantJourneyTests.CompleteTaskAsync(host, "dpmptsp.signer", registrationNumber, "Tandatangani", null);

        await applicant.GotoAsync(tracking);
        await Assertions.Expect(applicant.GetByTestId("status")).ToContainTextAsync("Selesai");
        await Assertions.Expect(applicant.GetByTestId("status")).ToContainTextAsync("Disetujui");
    }
}
