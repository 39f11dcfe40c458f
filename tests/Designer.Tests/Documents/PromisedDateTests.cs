using System.Net;
using System.Net.Http.Json;
using MimeKit;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing.Mail;

namespace Mpp.Workflows.Designer.Tests.Documents;

/// <summary>
/// The completion date promised on the receipt and in its mail counts working days in the calendar the deadlines use, so a
/// holiday an admin adds at run time moves it. Each test starts its own host: the calendar change must not reach others.
/// </summary>
public abstract class PromisedDateTests
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(150);

    protected abstract ClockedHost NewHost();

    /// <summary>
    /// Submitted Monday 3 August 2026, 09:00 WIB; sip-dokter promises 10 working days: 4–7, 10–14 and 18 August (17 August
    /// is a national holiday), so 18 August. A cuti bersama day on 6 August moves the promise to 19 August.
    /// </summary>
    [Fact]
    public async Task HolidayAddedAtRunTime_MovesThePromisedDate_OnReceiptAndInItsMail()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        var host = NewHost();
        foreach (var (key, value) in smtp.HostSettings())
        {
            host.Settings[key] = value;
        }

        await ((IAsyncLifetime)host).InitializeAsync();
        try
        {
            using var admin = await host.ClientAsync("admin");
            var calendar = (await admin.GetFromJsonAsync<JsonObject>("/api/calendars/2026"))!;
            calendar.Remove("updatedAt");
            calendar.Remove("updatedBy");
            calendar["holidays"]!.AsArray().Add(new JsonObject { ["date"] = "2026-08-06", ["name"] = "Cuti bersama (uji)", ["kind"] = "CutiBersama" });
            using (var put = await admin.PutAsJsonAsync("/api/calendars/2026", calendar))
            {
                Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            }

            var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
            var mail = (await smtp.WaitForAsync(m => (m.Subject ?? "").Contains(app.RegistrationNumber, StringComparison.Ordinal), 1, MailTimeout)).Single();
            var receipt = mail.Attachments.OfType<MimePart>().Single(p => p.ContentType.MimeType == "application/pdf");
            var receiptText = await PdfText.OfAsync(receipt);

            Assert.Contains("Perkiraan selesai", mail.TextBody ?? "", StringComparison.Ordinal);
            Assert.Contains("19 Agustus 2026", mail.TextBody ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain("18 Agustus 2026", mail.TextBody ?? "", StringComparison.Ordinal);
            Assert.Contains("19 Agustus 2026", receiptText, StringComparison.Ordinal);
            Assert.DoesNotContain("18 Agustus 2026", receiptText, StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    public sealed class OnSqlite : PromisedDateTests
    {
        protected override ClockedHost NewHost() => new SqliteClockedHost();
    }

    public sealed class OnPostgres : PromisedDateTests
    {
        protected override ClockedHost NewHost() => new PostgresClockedHost();
    }
}
