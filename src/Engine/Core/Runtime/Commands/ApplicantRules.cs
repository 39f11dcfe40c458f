namespace Mpp.Workflows.Engine.Runtime;

/// <summary>What a submission must say about the applicant.</summary>
internal static class ApplicantRules
{
    public static Dictionary<string, string[]> Validate(Applicant? applicant)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (applicant is null)
        {
            errors["applicant"] = ["The applicant is required."];
            return errors;
        }

        if (string.IsNullOrWhiteSpace(applicant.Name))
        {
            errors["applicant.name"] = ["The applicant's name is required."];
        }
        else if (applicant.Name.Length > 200)
        {
            errors["applicant.name"] = ["At most 200 characters."];
        }

        if (string.IsNullOrWhiteSpace(applicant.Email) || !ApplicationDataValidator.IsEmail(applicant.Email))
        {
            errors["applicant.email"] = ["A valid e-mail address is required: the receipt and the permit are sent there."];
        }

        if (applicant.Nik is { Length: > 0 } nik && (nik.Length != 16 || !nik.All(char.IsAsciiDigit)))
        {
            errors["applicant.nik"] = ["The NIK has 16 digits."];
        }

        return errors;
    }
}
