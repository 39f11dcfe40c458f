namespace Mpp.Workflows.Bench;

/// <summary>
/// Applicants as a Central Javanese regency sees them: Indonesian given and family names (so a name prefix matches a realistic
/// share of files), NIKs of the regency (province 33, regency 27, a district, the birth date with 40 added to a woman's day, a
/// serial) and e-mail addresses derived from the name.
/// </summary>
internal sealed class HistoryPeople(Random random)
{
    private static readonly string[] GivenNames =
    [
        "Agus", "Budi", "Dewi", "Sri", "Siti", "Eko", "Joko", "Rina", "Wahyu", "Yuli", "Dwi", "Tri", "Bambang", "Hendra", "Indah",
        "Nur", "Ahmad", "Muhammad", "Fajar", "Rizky", "Putri", "Ayu", "Dian", "Rudi", "Slamet", "Sutrisno", "Wulan", "Lestari",
        "Bayu", "Anisa", "Fitri", "Hadi", "Iwan", "Kurnia", "Lina", "Mega", "Nanda", "Oki", "Purnomo", "Ratna", "Sari", "Teguh",
        "Umi", "Vina", "Wawan", "Yanto", "Zainal", "Arif", "Bagus", "Citra", "Dimas", "Endang", "Galih", "Hartono", "Intan",
    ];

    private static readonly string[] FamilyNames =
    [
        "Santoso", "Wibowo", "Wulandari", "Saputra", "Setiawan", "Hidayat", "Kurniawan", "Pratama", "Susanto", "Rahayu", "Nugroho",
        "Handayani", "Purnamasari", "Prasetyo", "Gunawan", "Utomo", "Suryani", "Hartati", "Firmansyah", "Maulana", "Permana",
        "Safitri", "Kusuma", "Sulistyo", "Yulianti", "Anggraini", "Sembiring", "Siregar", "Hakim", "Ramadhan", "Lubis", "Syahputra",
    ];

    private static readonly string[] Businesses = ["CV", "PT", "UD", "Toko", "Klinik"];

    public (string Name, string Nik, string Email, string Phone) Next(bool business)
    {
        var given = GivenNames[random.Next(GivenNames.Length)];
        var family = FamilyNames[random.Next(FamilyNames.Length)];
        var name = business
            ? $"{Businesses[random.Next(Businesses.Length)]} {family} {FamilyNames[random.Next(FamilyNames.Length)]}"
            : random.Next(3) == 0 ? given : $"{given} {family}";
        var female = random.Next(2) == 0;
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 55 * 365));
        var nik = string.Create(CultureInfo.InvariantCulture,
            $"3327{random.Next(1, 15):D2}{birth.Day + (female ? 40 : 0):D2}{birth.Month:D2}{birth.Year % 100:D2}{random.Next(1, 10_000):D4}");
        var email = $"{given.ToLowerInvariant()}.{family.ToLowerInvariant()}{random.Next(1, 1000)}@example.org";
        var phone = string.Create(CultureInfo.InvariantCulture, $"08{random.Next(11, 99)}{random.Next(10_000_000, 99_999_999)}");
        return (name, nik, email, phone);
    }
}
