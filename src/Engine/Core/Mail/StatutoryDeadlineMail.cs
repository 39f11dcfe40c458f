namespace Mpp.Workflows.Engine.Mail;

/// <summary>Values of the notice to the head of the authority that an application's statutory deadline has passed.</summary>
public sealed record StatutoryDeadlineMail(
    string StaffName,
    string ServiceName,
    string RegistrationNumber,
    DateTimeOffset DueAt,
    int Days,
    string ApplicationUrl);
