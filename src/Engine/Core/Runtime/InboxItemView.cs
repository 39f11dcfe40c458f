namespace Mpp.Workflows.Engine.Runtime;

/// <summary>A task in the inbox with its applicant's name and the file's status.</summary>
public sealed record InboxItemView(TaskView Task, string ApplicantName, string ApplicationStatus);
