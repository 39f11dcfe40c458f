using Mpp.Workflows.Definitions.Model;
using Mpp.Workflows.Designer.Definitions;
using Mpp.Workflows.Designer.TestRuns;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>What of an application may reach a saved test run: the rules field by field, without a host.</summary>
public sealed class TestRunPrivacyTests
{
    private static readonly FieldDefinition[] Form =
    [
        new("namaLengkap", FieldType.String, "Nama", Applicant: FieldDefinition.ApplicantKeys.Name),
        new("nik", FieldType.String, "NIK", Format: FieldDefinition.Formats.Nik),
        new("email", FieldType.Email, "Surel"),
        new("alamatUsaha", FieldType.String, "Alamat", UiHint: "MultiLine"),
        new("tanggalLahir", FieldType.Date, "Tanggal lahir"),
        new("profesi", FieldType.String, "Profesi", Options: ["Dokter", "Bidan"]),
        new("luas", FieldType.Number, "Luas"),
        new("npwp", FieldType.Number, "NPWP angka"),
        new("keterangan", FieldType.String, "Keterangan"),
        new("mulai", FieldType.Date, "Mulai"),
    ];

    private static JsonObject Application() => new()
    {
        ["namaLengkap"] = "Rahmat Hidayat", ["nik"] = "3327011203880004", ["email"] = "rahmat@warga.example.org",
        ["alamatUsaha"] = "Jl. Kenanga 3", ["tanggalLahir"] = "1988-03-12", ["profesi"] = "Bidan", ["luas"] = 420,
        ["npwp"] = 123456789012345, ["keterangan"] = "hubungi 081398765432", ["mulai"] = "2026-07-01",
    };

    [Fact]
    public void Copy_TakesChoicesQuantitiesAndDatesTheRouteUses_AndSampleValuesForEverythingElse()
    {
        var route = JsonNode.Parse("""
            { "inputs": [], "root": { "activities": [ { "id": "d", "condition": { "expression": { "type": "JavaScript",
              "value": "application.profesi == 'Bidan' && application.luas > 300 && application.npwp > 0 && application.keterangan && application.mulai && application.tanggalLahir" } } } ] } }
            """)!.AsObject();

        var copy = ApplicationCopy.For(route, Form, Application(), Form, new DateOnly(2026, 3, 16));

        Assert.Equal(("Bidan", 420, "2026-07-01"), ((string?)copy["profesi"], (int)copy["luas"]!, (string?)copy["mulai"]));
        var text = copy.ToJsonString();
        foreach (var secret in new[] { "Rahmat", "3327011203880004", "rahmat@", "Kenanga", "1988-03-12", "123456789012345", "081398765432" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Copy_LeavesSampleValues_ForFieldsTheRouteDoesNotUse()
    {
        var route = JsonNode.Parse("""{ "inputs": [ { "name": "luas" } ], "root": { "activities": [] } }""")!.AsObject();

        var copy = ApplicationCopy.For(route, Form, Application(), Form, new DateOnly(2026, 3, 16));

        Assert.Equal(("Dokter", 120), ((string?)copy["profesi"], (int)copy["luas"]!)); // the sample values, not Bidan and 420
    }

    [Fact]
    public void Sanitise_ReplacesPersonalFieldsAndIdentifyingValues_KeepsTheRest_AndSampleValuesStay()
    {
        var data = Application();
        data["lain"] = "kirim ke rahmat@warga.example.org";
        data["catatan"] = "tanpa identitas";

        var clean = TestRunPrivacy.Sanitise(Form, data);

        Assert.Equal(
            (TestRunPrivacy.SampleName, TestRunPrivacy.SampleNik, TestRunPrivacy.SampleEmail, TestRunPrivacy.SampleAddress),
            ((string?)clean["namaLengkap"], (string?)clean["nik"], (string?)clean["email"], (string?)clean["alamatUsaha"]));
        Assert.Equal(("Bidan", 420, "2026-07-01", "tanpa identitas"), ((string?)clean["profesi"], (int)clean["luas"]!, (string?)clean["mulai"], (string?)clean["catatan"]));
        Assert.Equal("Contoh Keterangan", (string?)clean["keterangan"]);
        Assert.False(clean.ContainsKey("lain"));
        Assert.Equal(clean.ToJsonString(), TestRunPrivacy.Sanitise(Form, clean).ToJsonString());
    }

    [Theory]
    [InlineData("NIK 3327011203880004 saja", true)]
    [InlineData("3327011203880004", true)]
    [InlineData("33270112038800041", false)]
    [InlineData("surel rahmat@warga.example.org ya", true)]
    [InlineData("hubungi +6281398765432", true)]
    [InlineData("x081398765432y", true)]
    [InlineData("1081398765432", false)]
    [InlineData("Klinik Sehat Pemalang", false)]
    public void LooksIdentifying_FindsNikEmailAndMobileNumbers(string text, bool identifying) =>
        Assert.Equal(identifying, TestRunPrivacy.LooksIdentifying(JsonValue.Create(text)));

    [Fact]
    public async Task LooksIdentifying_OnAMegabyteOfHostileText_ReturnsWithoutBacktracking()
    {
        // Each shape made the backtracking pattern rescan the rest of the text from every position: quadratic, so 200,000
        // characters took over a minute. The non-backtracking pattern reads each once.
        string[] hostile = [new string('y', 1_000_000), string.Concat(Enumerable.Repeat("a@b", 300_000)), new string('0', 1_000_000) + "x"];

        var results = await Task.Run(() => hostile.Select(text => TestRunPrivacy.LooksIdentifying(JsonValue.Create(text))).ToList())
            .WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal([false, false, false], results);
    }

    [Fact]
    public void Copy_DecidesByTheFormTheApplicationWasFiledOn_NotByTheDraftsOptions()
    {
        // The analyst's draft declares free text as choices whose options are the real answers; the filed-on form knows better.
        FieldDefinition[] filedOn =
        [
            new("tempatPraktik", FieldType.String, "Tempat praktik"),
            new("alamatPraktik", FieldType.String, "Alamat praktik", Options: ["Jl. Rahasia 10, Pemalang", "Lain"]),
            new("nomorStr", FieldType.String, "STR", Options: ["STR-1234567", "Lain"]),
            new("profesi", FieldType.String, "Profesi", Options: ["Dokter", "Bidan"]),
            new("luas", FieldType.String, "Luas (teks)"),
        ];
        FieldDefinition[] draft =
        [
            new("tempatPraktik", FieldType.String, "Tempat", Options: ["Lain", "Klinik Rahasia Sari"]),
            new("alamatPraktik", FieldType.String, "Alamat", Options: ["Lain", "Jl. Rahasia 10, Pemalang"]),
            new("nomorStr", FieldType.String, "STR", Options: ["Lain", "STR-1234567"]),
            new("profesi", FieldType.String, "Profesi", Options: ["Dokter", "Bidan"]),
            new("luas", FieldType.Number, "Luas"),
        ];
        var application = new JsonObject
        {
            ["tempatPraktik"] = "Klinik Rahasia Sari", ["alamatPraktik"] = "Jl. Rahasia 10, Pemalang", ["nomorStr"] = "STR-1234567",
            ["profesi"] = "Bidan", ["luas"] = 420,
        };
        var route = JsonNode.Parse("""
            { "root": { "activities": [ { "id": "d", "condition": { "expression": { "type": "JavaScript",
              "value": "application.tempatPraktik && application.alamatPraktik && application.nomorStr && application.profesi && application.luas" } } } ] } }
            """)!.AsObject();

        var copy = ApplicationCopy.For(route, draft, application, filedOn, new DateOnly(2026, 3, 16));

        Assert.Equal("Bidan", (string?)copy["profesi"]);
        var text = copy.ToJsonString();
        foreach (var secret in new[] { "Klinik Rahasia Sari", "Jl. Rahasia", "STR-1234567", "420" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        Assert.True(TestRunPrivacy.IsPersonal(draft[1]));
        Assert.True(TestRunPrivacy.IsPersonal(draft[2]));
        Assert.False(TestRunPrivacy.IsPersonal(draft[3]));
    }
}
