using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Api;

/// <summary>
/// The application form as its definition says, enforced by the engine for the API and the pages alike: the identity is
/// asked once (the route's fields bound to the applicant are filled from it), a NIK has exactly 16 digits and a phone number
/// is one, with Indonesian messages; the tracking view and the receipt download give the applicant the promised date and
/// the receipt PDF.
/// </summary>
public abstract class ApplicantFormTests(DesignerHost host)
{
    [Fact]
    public async Task Submit_WithoutTheRoutesIdentityFields_FillsThemFromTheApplicant()
    {
        var data = SampleData.Sip();
        data.Remove("namaLengkap");
        data.Remove("nik");
        data.Remove("email");

        var app = await host.SubmitAsync("sip-dokter", data);

        var stored = (await host.GetApplicationAsync(app.Id))["data"]!.AsObject();
        Assert.Equal("dr. Sari Wulandari", (string?)stored["namaLengkap"]);
        Assert.Equal(SampleData.Nik, (string?)stored["nik"]);
        Assert.Equal("sari@example.org", (string?)stored["email"]);
    }

    /// <summary>A copy the client sends of a bound field cannot disagree with the applicant it names.</summary>
    [Fact]
    public async Task Submit_WithADifferentCopyOfABoundField_KeepsTheApplicantsValue()
    {
        var data = SampleData.Sip();
        data["nik"] = "9999999999999999";

        var app = await host.SubmitAsync("sip-dokter", data);

        Assert.Equal(SampleData.Nik, (string?)(await host.GetApplicationAsync(app.Id))["data"]!["nik"]);
    }

    [Fact]
    public async Task Submit_ARouteThatNeedsTheNik_WithoutTheApplicantsNik_IsRefusedOnTheApplicantsEntry()
    {
        var body = SampleData.Submission("sip-dokter", SampleData.Sip());
        body["applicant"]!.AsObject().Remove("nik");

        var problem = await PostAsync(body, "id-ID");

        Assert.Contains("applicant.nik", Problems.ErrorKeys(problem));
        Assert.Contains("wajib diisi untuk layanan ini", problem["errors"]!["applicant.nik"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("33270155059000011")]
    [InlineData("3327O15505900001")]
    public async Task Submit_ANikThatIsNotSixteenDigits_IsRefused_OnTheApplicant_AndOnAFormField(string nik)
    {
        var applicantNik = SampleData.Submission("sip-dokter", SampleData.Sip());
        applicantNik["applicant"]!["nik"] = nik;
        var ownerNik = SampleData.Submission("pbg", SampleData.Pbg(120));
        ownerNik["data"]!["nik"] = nik;

        var onApplicant = await PostAsync(applicantNik, "id-ID");
        var onField = await PostAsync(ownerNik, "id-ID");

        Assert.Contains("applicant.nik", Problems.ErrorKeys(onApplicant));
        Assert.Equal(["data.nik"], Problems.ErrorKeys(onField));
        Assert.Contains("tepat 16 angka", onField["errors"]!["data.nik"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("telepon saya")]
    [InlineData("12345")]
    [InlineData("0812-3456-7890-1234-5678")]
    [InlineData("+")]
    public async Task Submit_APhoneThatIsNoPhoneNumber_IsRefusedInIndonesian(string phone)
    {
        var body = SampleData.Submission("sip-dokter", SampleData.Sip());
        body["applicant"]!["phone"] = phone;

        var problem = await PostAsync(body, "id-ID");

        Assert.Equal(["applicant.phone"], Problems.ErrorKeys(problem));
        Assert.Contains("nomor telepon", problem["errors"]!["applicant.phone"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("081234567890")]
    [InlineData("+62 812-3456-7890")]
    [InlineData("(0284) 321 123")]
    public async Task Submit_APhoneNumberAsPeopleWriteIt_IsTaken(string phone)
    {
        var body = SampleData.Submission("sip-dokter", SampleData.Sip());
        body["applicant"]!["phone"] = phone;
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/applications", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>One figure everywhere: the tracking view states the receipt's promised date and the service days.</summary>
    [Fact]
    public async Task Track_StatesTheExpectedCompletion_AndTheReceiptDownloadsWithTheToken()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var client = host.CreateClient();
        var token = Uri.EscapeDataString(app.TrackingToken);

        var view = (await client.GetFromJsonAsync<JsonObject>($"/api/track/{app.RegistrationNumber}?token={token}"))!;

        Assert.Equal(10, (int?)view["serviceDays"]);
        Assert.True(DateOnly.TryParse((string?)view["expectedCompletion"], CultureInfo.InvariantCulture, out var expected));
        Assert.True(expected > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)), $"{expected} is not 10 working days away.");
        await Poll.UntilAsync(
            async () =>
            {
                using var receipt = await client.GetAsync($"/api/track/{app.RegistrationNumber}/receipt?token={token}");
                return receipt.StatusCode == HttpStatusCode.OK && receipt.Content.Headers.ContentType?.MediaType == "application/pdf";
            },
            TimeSpan.FromSeconds(60),
            () => Task.FromResult("The receipt PDF never came."));

        using var wrong = await client.GetAsync($"/api/track/{app.RegistrationNumber}/receipt?token=wrong");
        await Problems.AssertProblemAsync(wrong, HttpStatusCode.NotFound);
    }

    private async Task<JsonObject> PostAsync(JsonObject body, string language)
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        using var response = await client.PostAsJsonAsync("/api/applications", body);
        return await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    public sealed class OnSqlite(SqliteHost host) : ApplicantFormTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : ApplicantFormTests(host), IClassFixture<PostgresHost>;
}
