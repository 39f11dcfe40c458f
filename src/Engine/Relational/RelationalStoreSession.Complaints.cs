using Mpp.Workflows.Engine.Mail;
namespace Mpp.Workflows.Engine.Relational;

/// <summary>Complaints inside the session.</summary>
public abstract partial class RelationalStoreSession
{
    public Task InsertComplaintAsync(ComplaintRecord complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var c = complaint;
        return WriteAsync(
            WithMutableComplaintColumns(
                new Sql(
                    $"""
                    INSERT INTO {T("complaints")} ({Rows.ComplaintColumns})
                    VALUES (@id, @number, @subject, @instance, @definition, @office, @escalation, @text, @name, @email, @phone,
                            @token, @status, @filed, @due, @provisional, @escalated, @answer, @answeredAt, @answeredBy, @days);
                    """)
                    .With("id", c.Id).With("number", c.Number).With("subject", c.Subject).With("instance", c.InstanceId)
                    .With("definition", c.DefinitionId).With("office", c.Office).With("escalation", c.EscalationOffice).With("text", c.Text)
                    .With("name", c.ContactName).With("email", c.ContactEmail).With("phone", c.ContactPhone).With("token", c.TokenHash)
                    .With("filed", c.FiledAt),
                c),
            new UniqueViolation("complaints", $"Complaint {c.Id} or number {c.Number} exists already."),
            null,
            cancellationToken);
    }

    public Task<ComplaintRecord?> LockComplaintAsync(Guid id, CancellationToken cancellationToken) =>
        QueryAsync(
            new Sql($"SELECT {Rows.ComplaintColumns} FROM {T("complaints")} WHERE id = @id{Dialect.ForUpdate};").With("id", id),
            Rows.Complaint,
            cancellationToken);

    public Task UpdateComplaintAsync(ComplaintRecord complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return WriteAsync(
            WithMutableComplaintColumns(
                new Sql(
                    $"""
                    UPDATE {T("complaints")} SET
                        status = @status, due_at = @due, due_provisional = @provisional, escalated_at = @escalated, answer = @answer,
                        answered_at = @answeredAt, answered_by = @answeredBy, response_days = @days
                    WHERE id = @id;
                    """).With("id", complaint.Id),
                complaint),
            cancellationToken);
    }

    public Task AppendComplaintEventAsync(ComplaintEvent complaintEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaintEvent);
        return WriteAsync(
            new Sql($"INSERT INTO {T("complaint_events")} ({Rows.ComplaintEventColumns}) VALUES (@complaint, @at, @actor, @event, @comment);")
                .With("complaint", complaintEvent.ComplaintId).With("at", complaintEvent.At).With("actor", complaintEvent.Actor)
                .With("event", complaintEvent.Event).With("comment", complaintEvent.Comment),
            cancellationToken);
    }

    public async Task<int> CountComplaintsToMailboxAsync(string email, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        // The filing index narrows to the window and the domain to a few rows (a plain address's domain holds no LIKE
        // wildcard); which of them reach the same mailbox is decided here, by the one rule the handler also uses.
        var addresses = await QueryAsync(
            [
                new Sql($"SELECT contact_email FROM {T("complaints")} WHERE filed_at >= @since AND lower(contact_email) LIKE @domain;")
                    .With("since", since).With("domain", "%@" + Mailbox.Domain(email)),
            ],
            async (reader, token) =>
            {
                var list = new List<string>();
                while (await reader.ReadAsync(token))
                {
                    list.Add(reader.GetString(0));
                }

                return list;
            },
            cancellationToken);
        var key = Mailbox.Key(email);
        return addresses.Count(a => Mailbox.Key(a) == key);
    }

    public Task<int> CountComplaintsOfApplicationAsync(Guid applicationId, DateTimeOffset since, CancellationToken cancellationToken) =>
        QueryAsync(
            [
                new Sql($"SELECT COUNT(*) FROM {T("complaints")} WHERE instance_id = @application AND filed_at >= @since;")
                    .With("application", applicationId).With("since", since),
            ],
            async (reader, token) => await reader.ReadAsync(token) ? Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture) : 0,
            cancellationToken);

    public Task CancelComplaintTimersAsync(Guid complaintId, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync(
            new Sql(
                $"UPDATE {T("timers")} SET cancelled_at = @at WHERE complaint_id = @complaint AND fired_at IS NULL AND cancelled_at IS NULL;")
                .With("complaint", complaintId).With("at", at),
            cancellationToken);

    private static Sql WithMutableComplaintColumns(Sql statement, ComplaintRecord c) =>
        statement.With("status", c.Status).With("due", c.DueAt).With("provisional", c.DueProvisional).With("escalated", c.EscalatedAt)
            .With("answer", c.Answer).With("answeredAt", c.AnsweredAt).With("answeredBy", c.AnsweredBy).With("days", c.ResponseDays);
}
