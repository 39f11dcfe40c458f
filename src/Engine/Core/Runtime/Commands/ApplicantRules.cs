namespace Mpp.Workflows.Engine.Runtime;

/// <summary>What a submission must say about the applicant: a name and a phone number of one line, a valid e-mail address, a 16-digit NIK.</summary>
public static class ApplicantRules
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

        if ((ApplicationDataValidator.CheckSingleLine(applicant.Phone, InputTexts.ApplicantPhone, MaxPhoneLength)
            ?? (applicant.Phone is { Length: > 0 } phone
                ? ApplicationDataValidator.CheckFormat(FieldDefinition.Formats.Phone, phone, InputTexts.ApplicantPhone)
                : null)) is { } phoneProblem)
        {
            errors["applicant.phone"] = [phoneProblem];
        }

        if (applicant.Nik is { Length: > 0 } nik && !ApplicationDataValidator.IsNik(nik))
        {
            errors["applicant.nik"] = [InputTexts.Nik];
        }

        return errors;
    }

    /// <summary>
    /// Fills the form's fields bound to the applicant's identity (<see cref="FieldDefinition.Applicant"/>) from the applicant,
    /// so the identity is asked once: the applicant's value replaces whatever the data held under that key (the form does not
    /// show such fields; an API client's copy cannot disagree with the applicant it names). A required bound field whose
    /// identity value is missing is reported on the applicant's entry, where the form asks for it.
    /// </summary>
    public static void FillIdentity(IReadOnlyList<FieldDefinition> inputs, Applicant? applicant, JsonObject data, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(errors);
        if (applicant is null)
        {
            return;
        }

        foreach (var field in inputs.Where(f => f.IsApplicantBound))
        {
            var value = field.Applicant switch
            {
                FieldDefinition.ApplicantKeys.Name => applicant.Name,
                FieldDefinition.ApplicantKeys.Email => applicant.Email,
                FieldDefinition.ApplicantKeys.Phone => applicant.Phone,
                FieldDefinition.ApplicantKeys.Nik => applicant.Nik,
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(value))
            {
                data[field.Name] = value.Trim();
                continue;
            }

            data.Remove(field.Name);
            if (field.Required)
            {
                var key = "applicant." + field.Applicant;
                var identity = field.Applicant switch
                {
                    FieldDefinition.ApplicantKeys.Nik => InputTexts.ApplicantNik,
                    FieldDefinition.ApplicantKeys.Phone => InputTexts.ApplicantPhone,
                    FieldDefinition.ApplicantKeys.Email => InputTexts.ApplicantEmail,
                    _ => InputTexts.ApplicantName,
                };
                errors.TryAdd(key, [InputTexts.IdentityRequired(identity, field.DisplayName)]);
            }
        }
    }

    /// <summary>
    /// Puts a problem found in a field bound to the applicant (<see cref="FillIdentity"/>) on the applicant's entry it came
    /// from, where the form shows it; one already found there is not repeated.
    /// </summary>
    public static void MoveBoundErrors(IReadOnlyList<FieldDefinition> inputs, Dictionary<string, string[]> errors, string prefix = "data.")
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var field in inputs.Where(f => f.IsApplicantBound))
        {
            if (errors.Remove(prefix + field.Name, out var messages))
            {
                errors.TryAdd("applicant." + field.Applicant, messages);
            }
        }
    }
}
