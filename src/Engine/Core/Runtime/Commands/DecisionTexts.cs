namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The messages of a refused decision in Indonesian, or in English when the request's UI culture is English (as
/// <see cref="InputTexts"/>). Officers read them above the decision form.
/// </summary>
internal static class DecisionTexts
{
    public static string ReasonRequiredTitle => Pick("Alasan keputusan wajib diisi", "A reason is required for this decision");

    public static string ReasonRequired(string outcome) => Pick(
        $"Keputusan \"{Words(outcome)}\" wajib disertai alasan di kolom catatan; pemohon membaca alasan ini.",
        $"The decision \"{Words(outcome)}\" needs a reason in the comment; the applicant reads it.");

    public static string DecisionInvalidTitle => Pick("Isian keputusan tidak sah", "The decision's input is not valid");

    public static string CommentField => Pick("Catatan", "Comment");

    public static string PassphraseField => Pick("Passphrase", "Passphrase");

    public static string PassphraseBlank => Pick(
        "Passphrase tidak boleh hanya berisi spasi; ketik passphrase sertifikat elektronik Anda.",
        "The passphrase may not be only spaces; type your electronic certificate's passphrase.");

    /// <summary>An outcome's name as the form's button shows it: <c>TidakLengkap</c> → "Tidak lengkap".</summary>
    internal static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(i > 0 && char.IsUpper(c) ? char.ToLowerInvariant(c) : c);
            }
        }

        return text.ToString();
    }

    private static string Pick(string indonesian, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : indonesian;
}
