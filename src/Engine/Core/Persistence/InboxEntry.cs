namespace Mpp.Workflows.Engine.Persistence;

/// <summary>A task in the inbox with what the list shows of its application: the applicant's name and the file's status.</summary>
public sealed record InboxEntry(TaskRecord Task, string ApplicantName, string ApplicationStatus);
