namespace Mpp.Workflows.Engine.Mail;

/// <summary>Values of the reminder sent to staff about an open task, before or after its due time.</summary>
public sealed record ReminderMail(
    string StaffName,
    string TaskTitle,
    string RegistrationNumber,
    DateTimeOffset DueAt,
    bool IsOverdue,
    string TaskUrl);
