using Microsoft.Playwright;
using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary><c>/admin</c>: an admin edits the 2026 holidays, adds an office, and creates staff accounts that can then sign in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminPagesTests(BrowserHost host)
{
    [Fact]
    public async Task Admin_AddsA2026Holiday_AndCreatesAStaffAccountThatSignsIn()
    {
        var page = await host.SignedInPageAsync("admin");
        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Dasbor tugas latar (Hangfire)" })).ToHaveAttributeAsync("href", "/hangfire");

        // A Sunday, so the shared host's working-day clocks stay as the other browser tests expect them.
        await page.GetByLabel("Tahun").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("holidays")).ToContainTextAsync("2026-08-17");
        await page.GetByLabel("Tanggal").FillAsync("2026-12-27");
        await page.GetByLabel("Nama", new() { Exact = true }).FillAsync("Hari uji admin");
        await page.GetByLabel("Jenis").SelectOptionAsync("CutiBersama");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah hari libur" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("holidays")).ToContainTextAsync("Hari uji admin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kalender" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("calendar-message")).ToContainTextAsync("Kalender 2026 tersimpan");

        var stored = await host.Services.GetRequiredService<IWorkflowStore>().GetCalendarAsync(2026, CancellationToken.None);
        var holiday = CalendarJson.Read(stored!.Json).Find(new DateOnly(2026, 12, 27));
        Assert.Equal(("Hari uji admin", HolidayKind.CutiBersama, "admin"), (holiday?.Name, holiday?.Kind, stored.UpdatedBy));

        await page.GetByRole(AriaRole.Button, new() { Name = "Akun baru" }).ClickAsync();
        await page.GetByLabel("Nama pengguna").FillAsync("dinkes.reviewer3");
        await page.GetByLabel("Nama tampilan").FillAsync("Dr. Wulan <b>baru</b>");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Instansi", Exact = true }).SelectOptionAsync("DINKES");
        await page.GetByLabel("Pemeriksa berkas", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync("wulan-rahasia");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat akun" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("users-message")).ToHaveTextAsync("Akun dinkes.reviewer3 dibuat.");
        await Assertions.Expect(page.GetByTestId("users").Locator("tr", new() { HasText = "dinkes.reviewer3" })).ToContainTextAsync("Dr. Wulan <b>baru</b>");
        await BrowserHost.ScreenshotAsync(page, "20-admin");

        var staff = await host.NewPageAsync();
        await staff.GotoAsync("/login");
        await staff.GetByLabel("Nama pengguna").FillAsync("dinkes.reviewer3");
        await staff.GetByLabel("Kata sandi").FillAsync("wulan-rahasia");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("signed-in-user")).ToHaveTextAsync("dinkes.reviewer3");
        var inbox = await staff.GotoAsync("/inbox");
        Assert.Equal(200, inbox!.Status);
        Assert.Contains("/inbox", staff.Url, StringComparison.Ordinal);
    }

    /// <summary>
    /// A year without a calendar (2035) starts from the estimate, each row marked for checking against the SKB; saving it asks
    /// first in words that say the year becomes official, and only the confirmation stores it.
    /// </summary>
    [Fact]
    public async Task Admin_FillsAYearWithTheEstimate_AndSavingAsksFirst()
    {
        var page = await host.SignedInPageAsync("admin");
        await page.GotoAsync("/admin?calendarYear=2035");
        await Assertions.Expect(page.GetByTestId("no-calendar")).ToContainTextAsync("2035");
        await page.GetByRole(AriaRole.Button, new() { Name = "Isi dengan perkiraan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("holidays")).ToContainTextAsync("2035-08-17");
        Assert.True(await page.GetByTestId("estimate-mark").CountAsync() > 10);
        await Assertions.Expect(page.GetByTestId("estimate-mark").First).ToHaveTextAsync("perkiraan, cocokkan dengan SKB");

        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kalender" }).ClickAsync();
        var question = page.GetByTestId("confirm-calendar");
        await Assertions.Expect(question).ToContainTextAsync("Simpan kalender 2035 sebagai kalender resmi?");
        await Assertions.Expect(question).ToContainTextAsync("menjadi resmi");
        await Assertions.Expect(question).ToContainTextAsync("berasal dari perkiraan");
        Assert.Null(await host.Services.GetRequiredService<IWorkflowStore>().GetCalendarAsync(2035, CancellationToken.None));
        await BrowserHost.ScreenshotAsync(page, "21-admin-calendar-confirm");

        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, jadikan kalender resmi" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("calendar-message")).ToContainTextAsync("Kalender 2035 tersimpan");
        var stored = await host.Services.GetRequiredService<IWorkflowStore>().GetCalendarAsync(2035, CancellationToken.None);
        Assert.NotNull(CalendarJson.Read(stored!.Json).Find(new DateOnly(2035, 8, 17)));
    }

    [Fact]
    public async Task Admin_DeactivatesAnAccount_WhoseOpenSessionThenEnds()
    {
        var staff = await host.NewPageAsync();
        var admin = await host.SignedInPageAsync("admin");
        await admin.GotoAsync("/admin");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Akun baru" }).ClickAsync();
        await admin.GetByLabel("Nama pengguna").FillAsync("dlh.reviewer4");
        await admin.GetByLabel("Nama tampilan").FillAsync("Agus");
        await admin.GetByRole(AriaRole.Combobox, new() { Name = "Instansi", Exact = true }).SelectOptionAsync("DLH");
        await admin.GetByLabel("Pemeriksa berkas", new() { Exact = true }).CheckAsync();
        await admin.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync("agus-rahasia");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Buat akun" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("users-message")).ToHaveTextAsync("Akun dlh.reviewer4 dibuat.");

        await staff.GotoAsync("/login");
        await staff.GetByLabel("Nama pengguna").FillAsync("dlh.reviewer4");
        await staff.GetByLabel("Kata sandi").FillAsync("agus-rahasia");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("signed-in-user")).ToHaveTextAsync("dlh.reviewer4");

        await admin.GetByRole(AriaRole.Button, new() { Name = "Ubah akun dlh.reviewer4" }).ClickAsync();
        await admin.GetByLabel("Aktif").UncheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("users").Locator("tr", new() { HasText = "dlh.reviewer4" })).ToContainTextAsync("Nonaktif");

        await staff.GotoAsync("/inbox");
        Assert.Contains("/login", staff.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_AddsAnOffice_AndAtOnceAnAccountInIt()
    {
        var page = await host.SignedInPageAsync("admin");
        await page.GotoAsync("/admin");

        await page.GetByTestId("add-office").ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Instansi baru" });
        await form.GetByLabel("Kode").FillAsync("diskominfo");
        await form.GetByLabel("Nama", new() { Exact = true }).FillAsync("Dinas Komunikasi dan Informatika");
        await form.GetByLabel("Zona waktu").FillAsync("Asia/Jakarta");
        await form.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("offices").Locator("tr", new() { HasText = "DISKOMINFO" }))
            .ToContainTextAsync("Dinas Komunikasi dan Informatika");

        // The account form on the same page offers the new office without a reload.
        await page.GetByRole(AriaRole.Button, new() { Name = "Akun baru" }).ClickAsync();
        await page.GetByLabel("Nama pengguna").FillAsync("diskominfo.reviewer");
        await page.GetByLabel("Nama tampilan").FillAsync("Rudi");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Instansi", Exact = true }).SelectOptionAsync("DISKOMINFO");
        await page.GetByLabel("Pemeriksa berkas", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync("rudi-rahasia");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat akun" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("users-message")).ToHaveTextAsync("Akun diskominfo.reviewer dibuat.");
        await BrowserHost.ScreenshotAsync(page, "21-admin-new-office");

        var office = (await host.Services.GetRequiredService<IWorkflowStore>().ListOfficesAsync(CancellationToken.None))
            .Single(o => o.Code == "DISKOMINFO");
        Assert.Equal(["Reviewer", "Head"], office.Roles);
    }
}
