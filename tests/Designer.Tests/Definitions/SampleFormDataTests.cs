using Mpp.Workflows.Definitions.Model;
using Mpp.Workflows.Designer.TestRuns;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>A test run's sample data reads like the route's own form: an event's name and place as an event, a crowd as a crowd.</summary>
public sealed class SampleFormDataTests
{
    [Fact]
    public void AnEventsForm_GetsAnEventsValues_AndThePersonFieldsAPerson()
    {
        FieldDefinition[] inputs =
        [
            new("namaLengkap", FieldType.String, "Nama penyelenggara", Applicant: FieldDefinition.ApplicantKeys.Name),
            new("namaAcara", FieldType.String, "Nama acara"),
            new("tempatAcara", FieldType.String, "Tempat acara"),
            new("perkiraanJumlahPengunjung", FieldType.Number, "Perkiraan jumlah pengunjung"),
            new("namaKlinik", FieldType.String, "Nama klinik"),
        ];

        var data = SampleFormData.For(inputs, new DateOnly(2026, 3, 16));

        Assert.Equal("Siti Rahayu", (string?)data["namaLengkap"]);
        Assert.Equal("Pentas seni dan bazar UMKM", (string?)data["namaAcara"]);
        Assert.Equal("Alun-alun Pemalang", (string?)data["tempatAcara"]);
        Assert.Equal(250, (int)data["perkiraanJumlahPengunjung"]!);
        Assert.Equal("Contoh Nama klinik", (string?)data["namaKlinik"]);
    }

    /// <summary>A saved run's personal fields are replaced by a neutral value of their kind: an event's name stays an event's.</summary>
    [Fact]
    public void SavedRuns_ReplaceAnEventsName_WithAnEventsSample_AndAPersonsWithAPersons()
    {
        Assert.Equal("Contoh Nama acara", (string?)Mpp.Workflows.Designer.Definitions.TestRunPrivacy.SampleOf(new("namaAcara", FieldType.String, "Nama acara")));
        Assert.Equal("Siti Rahayu", (string?)Mpp.Workflows.Designer.Definitions.TestRunPrivacy.SampleOf(
            new("namaPenyelenggara", FieldType.String, "Nama penyelenggara")));
    }
}
