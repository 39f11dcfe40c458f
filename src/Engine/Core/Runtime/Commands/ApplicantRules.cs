namespace Mpp.Workflows.Engine.Runtime;

/// <summary>What a submission must say about the applicant: a name and a phone number of one line, a valid e-mail address, a 16-digit NIK.</summary>
internal static class ApplicantRules
{
    /// <summary>The longest name taken (with degrees and titles, Indonesian names stay well below it).</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest phone number taken (international prefix, extension, spaces).</summary>
    public const int MaxPhoneLength = 30;

    public static Dictionary<string, string[]> Validate(Applicant? applicant)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (applicant is null)
        {
            errors["applicant"] = [InputTexts.ApplicantRequired];
            return errors;
        }

        if (string.IsNullOrWhiteSpace(applicant.Name))
        {
            errors["applicant.name"] = [InputTexts.ApplicantNameRequired];
        }
        else if (ApplicationDataValidator.CheckSingleLine(applicant.Name, InputTexts.ApplicantName, MaxNameLength) is { } nameProblem)
        {
            errors["applicant.name"] = [nameProblem];
        }

        if (string.IsNullOrWhiteSpace(applicant.Email) || !ApplicationDataValidator.IsEmail(applicant.Email))
        {
            errors["applicant.email"] = [InputTexts.ApplicantEmailRequired];
        }

        if (ApplicationDataValidator.CheckSingleLine(applicant.Phone, InputTexts.ApplicantPhone, MaxPhoneLength) is { } phoneProblem)
        {
            errors["applicant.phone"] = [phoneProblem];
        }

        if (applicant.Nik is { Length: > 0 } nik && (nik.Length != 16 || !nik.All(char.IsAsciiDigit)))
        {
            errors["applicant.nik"] = [InputTexts.Nik];
        }

        return errors;
    }
}
