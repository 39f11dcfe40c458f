using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Api;

/// <summary>
/// Files for the form's <c>File</c> inputs (SIP: <c>dokumenStr</c>) through <c>POST /api/applications/with-files</c> and
/// <c>…/resubmit/with-files</c>: stored with the application, listed and downloaded by staff and by the applicant's token;
/// anything wrong is a 4xx problem naming the input.
/// </summary>
public abstract class AttachmentsApiTests(DesignerHost host)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [Fact]
    public async Task SubmitWithFiles_StoresTheFile_StaffAndApplicantDownloadTheSameBytes()
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/api/applications/with-files", Multipart(SampleData.Submission("sip-dokter", SampleData.Sip()),
            ("dokumenStr", "str scan.pdf", Pdf)));
        var created = await Problems.ReadObjectAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, created.ToJsonString());
        var id = (Guid)created["id"]!;
        var token = (string)created["trackingToken"]!;

        using var staff = await host.ClientAsync("dpmptsp.frontoffice");
        var list = await staff.GetFromJsonAsync<JsonArray>($"/api/applications/{id}/attachments");
        var item = Assert.Single(list!)!.AsObject();
        Assert.Equal("dokumenStr", (string?)item["field"]);
        Assert.Equal("str scan.pdf", (string?)item["fileName"]);
        Assert.Equal("application/pdf", (string?)item["contentType"]);
        Assert.True((bool)item["current"]!);
        var application = await host.GetApplicationAsync(id);
        Assert.Equal((string?)item["id"], (string?)application["data"]!["dokumenStr"]);

        using var download = await client.GetAsync($"/api/attachments/{item["id"]}?token={Uri.EscapeDataString(token)}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        using var anonymous = await client.GetAsync($"/api/attachments/{item["id"]}?token=wrong");
        await Problems.AssertProblemAsync(anonymous, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SubmitWithFiles_RefusesBytesThatAreNotPdfJpegOrPng_WhateverTheName()
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/api/applications/with-files", Multipart(SampleData.Submission("sip-dokter", SampleData.Sip()),
            ("dokumenStr", "ktp.pdf", Encoding.ASCII.GetBytes("MZ\u0090 this is a program"))));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("data.dokumenStr", Problems.ErrorKeys(problem));
        Assert.Contains("PDF, JPEG or PNG", problem["errors"]!["data.dokumenStr"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitWithFiles_RefusesAFileLargerThanTheLimit()
    {
        var big = new byte[(5 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/api/applications/with-files", Multipart(SampleData.Submission("sip-dokter", SampleData.Sip()),
            ("dokumenStr", "str.pdf", big)));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("at most 5 MB", problem["errors"]!["data.dokumenStr"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json", "{}", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nnot a part", HttpStatusCode.BadRequest)]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"application\"\r\n\r\n{\"definitionId\":\r\n--x--\r\n", HttpStatusCode.BadRequest)]
    public async Task SubmitWithFiles_UnreadableBody_Returns4xxProblem(string contentType, string body, HttpStatusCode expected)
    {
        using var client = host.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await client.PostAsync("/api/applications/with-files", content);

        await Problems.AssertProblemAsync(response, expected);
    }

    [Fact]
    public async Task SubmitWithFiles_UnknownFileInput_Returns400NamingIt()
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/api/applications/with-files", Multipart(SampleData.Submission("sip-dokter", SampleData.Sip()),
            ("fotoRumah", "rumah.png", Png)));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("data.fotoRumah", Problems.ErrorKeys(problem));
    }

    [Fact]
    public async Task SubmitJson_WithATypedValueForAFileInput_Returns400()
    {
        var data = SampleData.Sip();
        data["dokumenStr"] = "c:/windows/system32";
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/applications", SampleData.Submission("sip-dokter", data));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("data.dokumenStr", Problems.ErrorKeys(problem));
    }

    [Fact]
    public async Task ResubmitWithFiles_ReplacesTheCurrentFile_AndKeepsTheOldOneListed()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "verify-file", "Kembalikan", comment: "Lampirkan pindaian STR");

        using var client = host.CreateClient();
        var url = $"/api/applications/{app.Id}/resubmit/with-files?token={Uri.EscapeDataString(app.TrackingToken)}";
        using var refused = await client.PostAsync(url, Multipart(new JsonObject { ["data"] = new JsonObject() }, ("dokumenStr", "str.gif", "GIF89a"u8.ToArray())));
        await Problems.AssertProblemAsync(refused, HttpStatusCode.BadRequest);

        using var response = await client.PostAsync(url, Multipart(new JsonObject { ["data"] = new JsonObject() }, ("dokumenStr", "str.png", Png)));
        var view = await Problems.ReadObjectAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, view.ToJsonString());
        Assert.Equal("InProgress", (string?)view["status"]);

        using var staff = await host.ClientAsync("dpmptsp.reviewer");
        var list = await staff.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/attachments");
        var item = Assert.Single(list!)!.AsObject();
        Assert.Equal("image/png", (string?)item["contentType"]);
        Assert.Equal((string?)item["id"], (string?)view["data"]!["dokumenStr"]);
    }

    [Fact]
    public async Task ListAttachments_StaffOfAnUninvolvedOffice_Returns403()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var other = await host.ClientAsync("pupr.reviewer");
        using var response = await other.GetAsync($"/api/applications/{app.Id}/attachments");

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    private static MultipartFormDataContent Multipart(JsonObject application, params (string Name, string FileName, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent { { new StringContent(application.ToJsonString(), Encoding.UTF8, "application/json"), "application" } };
        foreach (var (name, fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
            content.Add(file, name, fileName);
        }

        return content;
    }

    public sealed class OnSqlite(SqliteHost host) : AttachmentsApiTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : AttachmentsApiTests(host), IClassFixture<PostgresHost>;
}
