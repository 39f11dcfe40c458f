using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>The analyst's half of the journey: the route built in the studio by hand, every action counted.</summary>
public sealed partial class IzinKeramaianJourneyTests
{
    /// <summary>Service settings, the applicant's form, the requirements and the permit, in the settings panel.</summary>
    private static async Task FillSettingsAsync(IPage page, UiActions ui)
    {
        await ui.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Pengaturan layanan", Exact = true }));
        var settings = page.GetByRole(AriaRole.Region, new() { Name = "Pengaturan layanan", Exact = true });
        await ui.TypeAsync(UiActions.Field(settings, "Uraian"), "Izin penyelenggaraan acara yang mengundang keramaian: pertunjukan, pesta rakyat, konser.");
        await ui.TypeAsync(UiActions.Field(settings, "Dasar hukum"), "UU 2/2002 tentang Kepolisian\nPerbup Pemalang 12/2024 tentang Izin Keramaian");
        await ui.TypeAsync(UiActions.Field(settings, "Keterangan biaya"), "Tidak dipungut biaya (Perbup 12/2024 pasal 9)");
        await ui.TypeAsync(UiActions.Field(settings, "Waktu layanan (hari kerja)"), "7");
        await ui.TypeAsync(UiActions.Field(settings, "Batas waktu menurut peraturan (hari kerja)"), "7");
        await ui.ChooseAsync(UiActions.Field(settings, "Bila batas waktu terlewati"), "Dianggap disetujui (fiktif positif)");
        await ui.TypeAsync(UiActions.Field(settings, "Masa berlaku izin (tahun)"), "1");

        // The applicant's form: the blank route asks name, NIK and e-mail; four fields of the event follow.
        var form = page.GetByRole(AriaRole.Region, new() { Name = "Isian formulir pemohon", Exact = true });
        var fields = form.GetByRole(AriaRole.Listitem);
        var eventName = await AddAsync(ui, form, "Tambah isian", fields, 3);
        await ui.TypeAsync(UiActions.Field(eventName, "Label"), "Nama acara");
        await Assertions.Expect(UiActions.Field(eventName, "Kunci data")).ToHaveValueAsync("namaAcara");
        await ui.TickAsync(UiActions.Field(eventName, "Wajib diisi"));
        await ui.TypeAsync(UiActions.Field(eventName, "Panjang minimal"), "10");
        await ui.TypeAsync(UiActions.Field(eventName, "Teks bantuan"), "Seperti tertulis pada undangan atau poster acara");
        var date = await AddAsync(ui, form, "Tambah isian", fields, 4);
        await ui.TypeAsync(UiActions.Field(date, "Label"), "Tanggal acara");
        await ui.ChooseAsync(UiActions.Field(date, "Jenis"), "Tanggal");
        await ui.TickAsync(UiActions.Field(date, "Wajib diisi"));
        var place = await AddAsync(ui, form, "Tambah isian", fields, 5);
        await ui.TypeAsync(UiActions.Field(place, "Label"), "Tempat acara");
        await ui.ChooseAsync(UiActions.Field(place, "Jenis"), "Teks panjang");
        await ui.TickAsync(UiActions.Field(place, "Wajib diisi"));
        var crowd = await AddAsync(ui, form, "Tambah isian", fields, 6);
        await ui.TypeAsync(UiActions.Field(crowd, "Label"), "Perkiraan jumlah pengunjung");
        await ui.ChooseAsync(UiActions.Field(crowd, "Jenis"), "Angka");

        // One requirement brought to the counter, one uploaded with the form (into a new upload field).
        var requirements = page.GetByRole(AriaRole.Region, new() { Name = "Persyaratan", Exact = true });
        var documents = requirements.GetByRole(AriaRole.Listitem);
        var identity = await AddAsync(ui, requirements, "Tambah persyaratan", documents, 0);
        await ui.TypeAsync(UiActions.Field(identity, "Nama dokumen"), "KTP penanggung jawab acara");
        await ui.TypeAsync(identity.GetByLabel("Yang dibawa"), "asli dan 1 lembar fotokopi");
        var neighbours = await AddAsync(ui, requirements, "Tambah persyaratan", documents, 1);
        await ui.TypeAsync(UiActions.Field(neighbours, "Nama dokumen"), "Surat persetujuan RT/RW");
        await ui.ChooseAsync(UiActions.Field(neighbours, "Cara menyerahkan"), "Diunggah bersama formulir");
        await Assertions.Expect(fields).ToHaveCountAsync(8);

        // The permit: its title, the validity note and three lines printed from the form.
        var permit = page.GetByRole(AriaRole.Region, new() { Name = "Surat izin", Exact = true });
        await ui.TypeAsync(UiActions.Field(permit, "Judul surat izin"), "Surat Izin Keramaian");
        await ui.TypeAsync(UiActions.Field(permit, "Catatan masa berlaku"), "Berlaku untuk satu kali penyelenggaraan acara pada tanggal tersebut.");
        var lines = permit.GetByRole(AriaRole.Listitem);
        foreach (var (field, index) in new[] { "Nama acara", "Tanggal acara", "Tempat acara" }.Select((f, i) => (f, i)))
        {
            var line = await AddAsync(ui, permit, "Tambah baris izin", lines, index);
            await ui.ChooseAsync(UiActions.Field(line, "Kunci data"), field);
            await Assertions.Expect(UiActions.Field(line, "Label")).ToHaveValueAsync(field);
        }

        await BrowserHost.ScreenshotAsync(page, "50-keramaian-settings");
        await AssertAxeCleanAsync(page, "route settings");
        await ui.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Pengaturan layanan", Exact = true }));
    }

    /// <summary>
    /// The five steps, added from the end backwards so that each new step's outcomes are connected (with the keyboard
    /// panel) to steps already there: mail → the blank route's permit step → decision → Satpol PP review → the blank route's front-office check.
    /// </summary>
    private static async Task BuildStepsAsync(IPage page, UiActions ui)
    {
        var palette = page.GetByRole(AriaRole.Complementary, new() { Name = "Palet" });
        var properties = page.GetByRole(AriaRole.Region, new() { Name = "Properti", Exact = true });
        var connect = page.GetByRole(AriaRole.Region, new() { Name = "Sambungkan dengan papan ketik" });

        async Task AddStepAsync(string type, string defaultId, string name, string id)
        {
            await ui.ClickAsync(palette.GetByRole(AriaRole.Button, new() { Name = type, Exact = true }));
            await Assertions.Expect(UiActions.Field(properties, "Id langkah")).ToHaveValueAsync(defaultId);
            await ui.TypeAsync(UiActions.Field(properties, "Nama"), name);
            // The id follows the name.
            await Assertions.Expect(UiActions.Field(properties, "Id langkah")).ToHaveValueAsync(id);
        }

        async Task ConnectAsync(string outcome, string target, bool onlyOutcome = false)
        {
            if (!onlyOutcome)
            {
                await ui.ChooseAsync(UiActions.Field(connect, "Hasil"), outcome);
            }

            await ui.ChooseAsync(UiActions.Field(connect, "Ke langkah"), target);
            await ui.ClickAsync(connect.GetByRole(AriaRole.Button, new() { Name = "Sambungkan", Exact = true }));
            await Assertions.Expect(page.GetByTestId("announcer")).ToHaveTextAsync(new Regex($"^Hasil {outcome} dari .+ (kini )?disambungkan ke {target}(, menggantikan sambungan ke .+)?\\.$"));
        }

        await AddStepAsync("Kirim surel", "kirim-surel", "Kirim izin ke pemohon", "kirim-izin-ke-pemohon");
        await ui.TypeAsync(UiActions.Field(properties, "Perihal"), "Surat Izin Keramaian Anda telah terbit");
        await ui.TypeAsync(UiActions.Field(properties, "Isi"), "Yth. Pemohon,\n\nIzin keramaian Anda telah disetujui dan ditandatangani secara elektronik; surat izin terlampir.\n\nHormat kami,\nMal Pelayanan Publik");
        await ui.TickAsync(properties.GetByRole(AriaRole.Group, new() { Name = "Lampiran" }).GetByLabel("Surat izin"));
        await ConnectAsync("Selesai", "Disetujui", onlyOutcome: true);

        // The blank route's own permit step: its outcome moves from the approved end to the mail.
        var canvas = page.GetByRole(AriaRole.Region, new() { Name = "Kanvas rute" });
        await ui.ClickAsync(canvas.GetByRole(AriaRole.Button, new() { Name = "Terbitkan surat izin" }));
        await Assertions.Expect(UiActions.Field(properties, "Id langkah")).ToHaveValueAsync("terbitkan-surat-izin");
        await ConnectAsync("Selesai", "Kirim izin ke pemohon", onlyOutcome: true);
        await Assertions.Expect(page.GetByTestId("announcer")).ToContainTextAsync("menggantikan sambungan ke Disetujui");

        await AddStepAsync("Tugas petugas", "tugas-petugas", "Keputusan dan tanda tangan", "keputusan-dan-tanda-tangan");
        await ui.ChooseAsync(UiActions.Field(properties, "Instansi"), "DPMPTSP — Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
        await ui.ChooseAsync(UiActions.Field(properties, "Peran"), "Penanda tangan");
        await ui.TypeAsync(UiActions.Field(properties, "Judul tugas"), "Periksa draf dan tandatangani izin keramaian");
        await ui.TypeAsync(UiActions.Field(properties, "Keputusan"), "Tandatangani\nTolak");
        await ui.TypeAsync(UiActions.Field(properties, "Batas waktu (hari kerja)"), "1");
        await ConnectAsync("Tandatangani", "Terbitkan surat izin");
        await ConnectAsync("Tolak", "Ditolak");

        await AddStepAsync("Tugas petugas", "tugas-petugas", "Kajian Satpol PP", "kajian-satpol-pp");
        await ui.ChooseAsync(UiActions.Field(properties, "Instansi"), "SATPOLPP — Satuan Polisi Pamong Praja");
        await ui.ChooseAsync(UiActions.Field(properties, "Peran"), "Pemeriksa berkas");
        await ui.TypeAsync(UiActions.Field(properties, "Judul tugas"), "Kaji keamanan dan ketertiban acara");
        await ui.TypeAsync(UiActions.Field(properties, "Keputusan"), "Rekomendasi\nTolak");
        await ui.TypeAsync(UiActions.Field(properties, "Batas waktu (hari kerja)"), "3");
        await ConnectAsync("Rekomendasi", "Keputusan dan tanda tangan");
        await ConnectAsync("Tolak", "Ditolak");

        // The blank route's check: renamed, its id typed by hand, its outcomes replaced (Setuju's connection goes with it).
        await ui.ClickAsync(canvas.GetByRole(AriaRole.Button, new() { Name = "Periksa kelengkapan berkas" }));
        await Assertions.Expect(UiActions.Field(properties, "Id langkah")).ToHaveValueAsync("periksa-kelengkapan-berkas");
        await ui.TypeAsync(UiActions.Field(properties, "Nama"), "Pemeriksaan berkas");
        await Assertions.Expect(UiActions.Field(properties, "Id langkah")).ToHaveValueAsync("pemeriksaan-berkas");
        await ui.TypeAsync(UiActions.Field(properties, "Id langkah"), "periksa-berkas");
        await ui.TypeAsync(UiActions.Field(properties, "Keputusan"), "Lengkap\nTolak");
        await ui.TickAsync(UiActions.Field(properties, "Menandai berkas lengkap"));
        await ConnectAsync("Lengkap", "Kajian Satpol PP");

        await ui.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Rapikan tata letak" }));
        await Assertions.Expect(page.GetByTestId("announcer")).ToHaveTextAsync("Tata letak dirapikan.");
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();
    }

    /// <summary>Clicks "add" in <paramref name="section"/> and returns the new item, the <paramref name="index"/>th, once it is there.</summary>
    private static async Task<ILocator> AddAsync(UiActions ui, ILocator section, string button, ILocator items, int index)
    {
        await ui.ClickAsync(section.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }));
        await Assertions.Expect(items).ToHaveCountAsync(index + 1);
        return items.Nth(index);
    }
}
