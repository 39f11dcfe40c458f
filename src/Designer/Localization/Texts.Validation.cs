namespace Mpp.Workflows.Designer.Localization;

/// <summary>Validation findings as a policy analyst reads them: steps by their names, settings by their labels.</summary>
internal static partial class Texts
{
    /// <summary>The finding <paramref name="code"/> (see <c>ValidationCodes</c>) about <paramref name="step"/> (a display name, or null).</summary>
    public static string Finding(string code, string? step, string? setting, IReadOnlyList<string> a) => code switch
    {
        "document.shape" => Pick("Isi rancangan ini bukan alur yang bisa dibaca.", "This draft's content is not a route that can be read."),
        "route.name-missing" => Pick("Alur perlu nama layanan.", "The route needs the service's name."),
        "route.definition-id-missing" => Pick("Alur perlu kode layanan.", "The route needs a service code."),
        "route.start-missing" => Pick("Alur belum punya langkah Mulai.", "The route has no Start step."),
        "route.start-repeated" => Pick($"Langkah «{step}» adalah langkah Mulai kedua; alur hanya boleh punya satu.",
            $"Step «{step}» is a second Start step; a route has only one."),
        "step.id-repeated" => Pick($"Kode langkah «{step}» sudah dipakai langkah lain.", $"The code of step «{step}» is already used by another step."),
        "step.type-unknown" => Arg(a, 0).Length == 0
            ? Pick($"Langkah «{step}» belum punya jenis; ganti atau hapus sebelum menerbitkan.", $"Step «{step}» has no kind; replace or delete it before publishing.")
            : Pick($"Tahap «{step}» berjenis «{Arg(a, 0)}» tidak dikenal produk ini; ganti atau hapus sebelum menerbitkan.",
                $"Step «{step}» is of kind «{Arg(a, 0)}», which this product does not know; replace or delete it before publishing."),
        "step.setting-missing" => Pick($"Langkah «{step}»: «{setting}» wajib diisi.", $"Step «{step}»: «{setting}» must be filled in."),
        "mail.recipient-not-allowed" => Pick(
            $"Langkah «{step}» mengirim surel ke «{Arg(a, 0)}», bukan pemohon dan bukan alamat di domain yang diizinkan administrator ({(Arg(a, 1).Length == 0 ? "belum ada" : Arg(a, 1))}); kosongkan «{setting}» agar surel dikirim ke pemohon.",
            $"Step «{step}» mails «{Arg(a, 0)}», who is not the applicant nor at a domain the administrator allowed ({(Arg(a, 1).Length == 0 ? "none yet" : Arg(a, 1))}); leave «{setting}» empty to mail the applicant."),
        "mail.recipient-script" => Pick(
            $"Penerima surel langkah «{step}» tidak boleh dihitung dengan rumus selama administrator belum mengizinkan domain penerima; kosongkan «{setting}» agar surel dikirim ke pemohon.",
            $"The recipient of step «{step}» may not be computed by a formula while the administrator allows no recipient domain; leave «{setting}» empty to mail the applicant."),
        "mail.receipt-to-other" => Pick(
            $"Langkah «{step}» melampirkan tanda terima (berisi kode pelacakan pemohon) pada surel yang bukan untuk pemohon; tanda terima hanya dikirim ke pemohon.",
            $"Step «{step}» attaches the receipt (with the applicant's tracking code) to a mail not for the applicant; the receipt goes to the applicant only."),
        "step.outcome-unconnected" => Pick($"Keputusan «{Glossary.Outcome(Arg(a, 0))}» pada langkah «{step}» belum diarahkan ke langkah berikutnya.",
            $"Outcome «{Glossary.Outcome(Arg(a, 0))}» of step «{step}» does not lead to a next step yet."),
        "step.unreachable" => Pick($"Langkah «{step}» tidak pernah tercapai dari langkah Mulai.", $"Step «{step}» can never be reached from the Start."),
        "step.loop-without-wait" => Pick(
            $"Langkah «{step}» dan {string.Join(", ", a.Select(s => $"«{s}»"))} berputar tanpa tugas, perbaikan pemohon atau jeda; permohonan akan berputar terus.",
            $"Step «{step}» and {string.Join(", ", a.Select(s => $"«{s}»"))} loop with no task, applicant revision or delay; an application would loop for ever."),
        "step.join-inbound" => Pick($"Langkah gabung «{step}» perlu sedikitnya dua jalur masuk; kini {Arg(a, 0)}.",
            $"Join step «{step}» needs at least two incoming paths; it has {Arg(a, 0)}."),
        "task.office-unknown" => Pick($"Instansi «{Arg(a, 0)}» pada langkah «{step}» tidak terdaftar.", $"Office «{Arg(a, 0)}» of step «{step}» is not registered."),
        "task.outcomes-missing" => Pick($"Tugas «{step}» perlu sedikitnya satu keputusan.", $"Task «{step}» needs at least one outcome."),
        "task.no-staff" => Pick($"Tidak ada petugas aktif di instansi «{Arg(a, 0)}» dengan peran «{Glossary.Role(Arg(a, 1))}» untuk mengerjakan «{step}».",
            $"No active staff member of office «{Arg(a, 0)}» has the role «{Glossary.Role(Arg(a, 1))}» to do «{step}»."),
        "document.permit-field-unknown" => Pick(
            $"Surat izin mencetak isian «{Arg(a, 0)}», tetapi formulir pemohon tidak punya isian itu; tambahkan isiannya atau pilih isian lain.",
            $"The permit prints the field «{Arg(a, 0)}», but the applicant form has no such field; add it or choose another field."),
        "route.service-code-invalid" => Pick("Kode layanan terdiri atas 2–10 huruf besar atau angka tanpa tanda baca, mis. IK.",
            "A service code is 2–10 upper-case letters or digits without punctuation, e.g. IK."),
        "route.service-code-taken" => Pick(
            $"Kode layanan «{Arg(a, 0)}» sudah dipakai alur «{Arg(a, 1)}»; nomor registrasi kedua layanan tidak akan bisa dibedakan. Pilih kode lain.",
            $"Service code «{Arg(a, 0)}» is already used by route «{Arg(a, 1)}»; the two services' registration numbers could not be told apart. Choose another code."),
        "route.statutory-never-starts" => Pick(
            "Batas waktu menurut peraturan tidak akan pernah berjalan (dan fiktif positif tidak akan terjadi): belum ada tugas yang «Menandai berkas lengkap». Centang pilihan itu pada tugas pemeriksaan kelengkapan.",
            "The statutory deadline will never run (nor deemed approval): no task «Marks the file complete». Tick it on the completeness check."),
        "route.sla-over-statutory" => Pick(
            $"Jalur utama sesuai batas waktu, tetapi ada jalur lain yang batas waktu tugasnya, sejak berkas dinyatakan lengkap, berjumlah {Arg(a, 0)} hari kerja, melebihi batas waktu menurut peraturan ({Arg(a, 1)} hari kerja, dihitung sejak berkas lengkap). Berkas di jalur itu bisa melewati batas waktu; perpendek batas waktu tugasnya.",
            $"The main path fits, but another path's task deadlines after the file is declared complete add up to {Arg(a, 0)} working days, more than the statutory {Arg(a, 1)} working days (counted from completeness). Files on that path may miss the deadline; shorten its task deadlines."),
        "route.main-path-over-statutory" => Pick(
            $"Batas waktu menurut peraturan dihitung sejak berkas dinyatakan lengkap. Batas waktu tugas pada jalur utama sesudah tahap yang menandai berkas lengkap berjumlah {Arg(a, 0)} hari kerja, melebihi batas waktu menurut peraturan ({Arg(a, 1)} hari kerja). Perpendek batas waktu tugas itu atau periksa batas waktu menurut peraturan.",
            $"The statutory days count from the moment the file is declared complete. The task deadlines on the main path after the step that marks it complete add up to {Arg(a, 0)} working days, more than the statutory {Arg(a, 1)} working days. Shorten those deadlines or check the statutory days."),
        "route.main-path-over-service-time" => Pick(
            $"Waktu pelayanan yang dijanjikan kepada pemohon ({Arg(a, 1)} hari kerja sejak permohonan diajukan) lebih pendek dari jumlah batas waktu tugas pada jalur utama ({Arg(a, 0)} hari kerja). Perpanjang waktu pelayanan atau perpendek batas waktu tugas.",
            $"The service time promised to the applicant ({Arg(a, 1)} working days from submission) is shorter than the task deadlines on the main path ({Arg(a, 0)} working days). Lengthen the service time or shorten the task deadlines."),
        "fork.branches" => Pick($"Langkah cabang «{step}» perlu sedikitnya dua cabang.", $"Fork step «{step}» needs at least two branches."),
        "switch.cases" => Pick($"Langkah pilihan «{step}» perlu sedikitnya satu pilihan.", $"Switch step «{step}» needs at least one case."),
        "connection.from-end" => Pick($"Langkah Selesai «{step}» tidak boleh punya sambungan keluar.", $"End step «{step}» cannot have outgoing connections."),
        "connection.unknown-step" => Pick(step is null ? "Ada sambungan ke langkah yang tidak ada." : $"Sambungan dari «{step}» menuju langkah yang tidak ada.",
            step is null ? "A connection refers to a step that does not exist." : $"A connection of «{step}» refers to a step that does not exist."),
        "connection.unknown-outcome" => Pick($"Langkah «{step}» tidak punya keputusan «{Glossary.Outcome(Arg(a, 0))}» untuk disambungkan.",
            $"Step «{step}» has no outcome «{Glossary.Outcome(Arg(a, 0))}» to connect."),
        "connection.outcome-twice" => Pick($"Keputusan «{Glossary.Outcome(Arg(a, 0))}» pada langkah «{step}» sudah diarahkan ke langkah lain; gunakan langkah cabang untuk jalur paralel.",
            $"Outcome «{Glossary.Outcome(Arg(a, 0))}» of step «{step}» already leads to another step; use a fork for parallel paths."),
        "connection.repeated" => Pick($"Sambungan dari «{step}» digambar dua kali.", $"A connection of «{step}» is drawn twice."),
        "script.invalid" => Pick($"Rumus pada «{setting}» langkah «{step}» tidak dapat dijalankan; periksa penulisannya.",
            $"The formula in «{setting}» of step «{step}» cannot run; check how it is written."),
        // Documents (issue 12): what the engine would fail on when the step runs.
        "route.approved-without-permit" => Pick(
            $"Langkah Selesai «{step}» menyetujui permohonan, tetapi ada jalur menuju langkah ini tanpa penerbitan surat izin; pemohon tidak akan menerima izinnya. Tambahkan langkah «Terbitkan dokumen» jenis surat izin sebelumnya.",
            $"End step «{step}» approves the application, but a path reaches it without issuing the permit; the applicant would never receive it. Add an «Issue document» step of kind permit before it."),
        "email.attachment-not-issued" => Pick(
            $"Surel «{step}» melampirkan {Glossary.DocumentKind(Arg(a, 0)).ToLowerInvariant()}, tetapi ada jalur menuju langkah ini tanpa penerbitan dokumen itu sebelumnya; surel tidak akan terkirim.",
            $"E-mail «{step}» attaches the {Glossary.DocumentKind(Arg(a, 0)).ToLowerInvariant()}, but a path reaches it without issuing that document first; the mail would not be sent."),
        "document.kind-unknown" => Pick(
            $"Langkah «{step}» meminta dokumen «{Arg(a, 0)}» yang tidak dapat dibuat; pilih tanda terima, surat izin atau surat penolakan.",
            $"Step «{step}» asks for a document «{Arg(a, 0)}» that cannot be produced; choose receipt, permit or refusal letter."),
        "document.permit-template-missing" => Arg(a, 0) == "missing"
            ? Pick($"Langkah «{step}» menerbitkan surat izin, tetapi alur ini belum punya pengaturan surat izin; isi bagian «Surat izin» di «Pengaturan layanan».",
                $"Step «{step}» issues the permit, but this route has no permit settings; fill in «Permit» under «Service settings».")
            : Pick($"Langkah «{step}» menerbitkan surat izin, tetapi pengaturan surat izin alur ini belum lengkap; lengkapi judul, kalimat pemberian izin dan label setiap baris di «Surat izin».",
                $"Step «{step}» issues the permit, but this route's permit settings are incomplete; fill in the title, the grant statement and each line's label under «Permit»."),
        _ => step is null
            ? Pick(setting is null ? "Ada isian alur yang belum benar." : $"Isian «{setting}» alur ini belum benar.",
                setting is null ? "A setting of the route is not right." : $"The route's setting «{setting}» is not right.")
            : Pick(setting is null ? $"Langkah «{step}» belum benar." : $"Isian «{setting}» pada langkah «{step}» belum benar.",
                setting is null ? $"Step «{step}» is not right." : $"Setting «{setting}» of step «{step}» is not right."),
    };

    /// <summary>The label of a route setting at <c>$.name</c>, <c>$.options.slaDays</c>, …; null for one without a label.</summary>
    public static string? RouteSetting(string name) => name switch
    {
        "id" or "definitionId" => Pick("Kode layanan", "Service code"),
        "name" => Pick("Nama layanan", "Service name"),
        "version" => Pick("Versi", "Version"),
        "inputs" => Pick("Formulir permohonan", "Application form"),
        "requirements" => Pick("Persyaratan", "Requirements"),
        "slaDays" => Pick("Waktu layanan", "Service time"),
        "statutoryDays" => Pick("Batas waktu menurut peraturan", "Statutory deadline"),
        "permitValidityYears" => Pick("Masa berlaku izin", "Permit validity"),
        "fee" => Pick("Biaya", "Fee"),
        "onStatutoryDeadline" => Pick("Tindakan saat batas waktu peraturan lewat", "Action when the statutory deadline passes"),
        _ => null,
    };

    private static string Arg(IReadOnlyList<string> arguments, int index) => index < arguments.Count ? arguments[index] : string.Empty;
}
