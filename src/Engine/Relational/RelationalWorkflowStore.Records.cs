using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Relational;

/// <summary>Accounts, calendars, timers, the outbox, documents and attachments outside sessions.</summary>
public abstract partial class RelationalWorkflowStore
{
    public Task<UserRecord?> FindUserAsync(string username, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            new Sql($"SELECT {Rows.UserColumns} FROM {T("users")} WHERE username = @username;").With("username", username),
            Rows.ReadUser,
            cancellationToken);

    public Task<IReadOnlyList<UserRecord>> ListUsersAsync(CancellationToken cancellationToken) =>
        ListAsync(new Sql($"SELECT {Rows.UserColumns} FROM {T("users")} ORDER BY username;"), Rows.ReadUser, cancellationToken);

    public Task UpsertUserAsync(UserRecord user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return WriteAsync(
            new Sql(
                $"""
                INSERT INTO {T("users")} ({Rows.UserColumns})
                VALUES (@username, @display, @hash, @office, @roles, @active, @email, @stamp)
                ON CONFLICT (username) DO UPDATE SET
                    display_name = excluded.display_name, password_hash = excluded.password_hash, office = excluded.office,
                    roles = excluded.roles, active = excluded.active, email = excluded.email, security_stamp = excluded.security_stamp;
                """)
                .With("username", user.Username).With("display", user.DisplayName).With("hash", user.PasswordHash)
                .With("office", user.Office).WithRoles("roles", user.Roles).With("active", user.Active).With("email", user.Email)
                .With("stamp", user.SecurityStamp),
            cancellationToken);
    }

    public async Task<bool> ReplacePasswordHashAsync(string username, string current, string replacement, CancellationToken cancellationToken) =>
        await WriteAsync(
            new Sql($"UPDATE {T("users")} SET password_hash = @replacement WHERE username = @username AND password_hash = @current;")
                .With("username", username).With("current", current).With("replacement", replacement),
            cancellationToken) == 1;

    public Task<IReadOnlyList<OfficeRecord>> ListOfficesAsync(CancellationToken cancellationToken) =>
        ListAsync(new Sql($"SELECT {Rows.OfficeColumns} FROM {T("offices")} ORDER BY code;"), Rows.ReadOffice, cancellationToken);

    public Task UpsertOfficeAsync(OfficeRecord office, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(office);
        return WriteAsync(
            new Sql(
                $"""
                INSERT INTO {T("offices")} ({Rows.OfficeColumns}) VALUES (@code, @name, @zone, @roles)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone, roles = excluded.roles;
                """)
                .With("code", office.Code).With("name", office.Name).With("zone", office.TimeZone).WithRoles("roles", office.Roles),
            cancellationToken);
    }

    public Task<IReadOnlyList<CalendarRecord>> ListCalendarsAsync(CancellationToken cancellationToken) =>
        ListAsync(new Sql($"SELECT {Rows.CalendarColumns} FROM {T("calendars")} ORDER BY year;"), Rows.ReadCalendar, cancellationToken);

    public Task<CalendarRecord?> GetCalendarAsync(int year, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            new Sql($"SELECT {Rows.CalendarColumns} FROM {T("calendars")} WHERE year = @year;").With("year", year),
            Rows.ReadCalendar,
            cancellationToken);

    public Task UpsertCalendarAsync(CalendarRecord calendar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return WriteAsync(
            new Sql(
                $"""
                INSERT INTO {T("calendars")} ({Rows.CalendarColumns}) VALUES (@year, @document, @at, @by)
                ON CONFLICT (year) DO UPDATE SET
                    document = excluded.document, updated_at = excluded.updated_at, updated_by = excluded.updated_by;
                """)
                .With("year", calendar.Year).WithJson("document", calendar.Json).With("at", calendar.UpdatedAt).With("by", calendar.UpdatedBy),
            cancellationToken);
    }

    public Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(new Sql($"SELECT {Rows.TimerColumns} FROM {T("timers")} WHERE id = @id;").With("id", id), Rows.Timer, cancellationToken);

    public Task<IReadOnlyList<TimerRecord>> ListDueTimersAsync(DateTimeOffset until, int limit, CancellationToken cancellationToken) =>
        ListAsync(
            new Sql(
                $"""
                SELECT {Rows.TimerColumns}
                FROM {T("timers")}
                WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= @until AND provisional = false
                ORDER BY due_at, id
                LIMIT @limit;
                """).With("until", until).With("limit", limit),
            Rows.Timer,
            cancellationToken);

    public async Task<ProvisionalDueDates> GetProvisionalDueDatesAsync(CancellationToken cancellationToken) =>
        await SingleOrDefaultAsync(
            new Sql(
                $"""
                SELECT COUNT(DISTINCT instance_id), MAX(due_at)
                FROM {T("timers")}
                WHERE provisional = true AND fired_at IS NULL AND cancelled_at IS NULL AND instance_id IS NOT NULL;
                """),
            r => new ProvisionalDueDates((int)r.GetInt64(0), Rows.NullableInstant(r, 1)),
            cancellationToken).ConfigureAwait(false)
        ?? new ProvisionalDueDates(0, null);

    public async Task<ProvisionalDueDates> GetProvisionalTaskDueDatesAsync(string office, CancellationToken cancellationToken) =>
        await SingleOrDefaultAsync(
            new Sql(
                $"""
                SELECT COUNT(DISTINCT k.id), MAX(t.due_at)
                FROM {T("tasks")} k JOIN {T("timers")} t ON t.task_id = k.id
                WHERE k.office = @office AND k.status = @open
                  AND t.provisional = true AND t.fired_at IS NULL AND t.cancelled_at IS NULL;
                """).With("office", office).With("open", TaskStates.Open),
            r => new ProvisionalDueDates((int)r.GetInt64(0), Rows.NullableInstant(r, 1)),
            cancellationToken).ConfigureAwait(false)
        ?? new ProvisionalDueDates(0, null);

    public Task<IReadOnlyList<OutboxMessage>> ListOutboxAsync(string? status, int limit, CancellationToken cancellationToken)
    {
        var sql = status is null
            ? new Sql($"SELECT {Rows.OutboxColumns} FROM {T("outbox")} ORDER BY created_at, id LIMIT @limit;")
            : new Sql($"SELECT {Rows.OutboxColumns} FROM {T("outbox")} WHERE status = @status ORDER BY created_at, id LIMIT @limit;")
                .With("status", status);
        return ListAsync(sql.With("limit", limit), Rows.Outbox, cancellationToken);
    }

    public Task<IReadOnlyList<OutboxMessage>> ListOutboxOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        ListAsync(
            new Sql($"SELECT {Rows.OutboxColumns} FROM {T("outbox")} WHERE instance_id = @instance ORDER BY created_at, id;")
                .With("instance", instanceId),
            Rows.Outbox,
            cancellationToken);

    public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(Guid instanceId, CancellationToken cancellationToken) =>
        ListAsync(
            new Sql($"SELECT {Rows.DocumentSummaryColumns} FROM {T("documents")} WHERE instance_id = @instance ORDER BY issued_at, number;")
                .With("instance", instanceId),
            Rows.DocumentSummary,
            cancellationToken);

    public Task<DocumentRecord?> GetDocumentAsync(Guid id, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            new Sql($"SELECT {Rows.DocumentColumns} FROM {T("documents")} WHERE id = @id;").With("id", id), Rows.Document, cancellationToken);

    public Task<DocumentSummary?> FindDocumentByNumberAsync(string number, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            new Sql($"SELECT {Rows.DocumentSummaryColumns} FROM {T("documents")} WHERE number = @number;").With("number", number),
            Rows.DocumentSummary,
            cancellationToken);

    public Task<DocumentSummary?> FindRenewalOfAsync(Guid permitId, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            new Sql(
                $"""
                SELECT {Rows.DocumentSummaryColumns} FROM {T("documents")}
                WHERE renewal_of = @permit AND kind = @kind AND revoked_at IS NULL ORDER BY issued_at LIMIT 1;
                """).With("permit", permitId).With("kind", DocumentKinds.Permit),
            Rows.DocumentSummary,
            cancellationToken);

    public Task<VerifiableDocument?> FindVerifiableDocumentAsync(string number, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            new Sql(
                $"""
                SELECT {Rows.VerifiableDocumentColumns} FROM {T("documents")}
                WHERE number = @number AND kind IN (@permit, @rejection);
                """).With("number", number).With("permit", DocumentKinds.Permit).With("rejection", DocumentKinds.Rejection),
            Rows.VerifiableDocument,
            cancellationToken);

    public Task<DocumentRecord?> FindLatestDocumentAsync(Guid instanceId, string kind, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            new Sql(
                $"""
                SELECT {Rows.DocumentColumns} FROM {T("documents")}
                WHERE instance_id = @instance AND kind = @kind AND revoked_at IS NULL
                ORDER BY issued_at DESC, number DESC LIMIT 1;
                """).With("instance", instanceId).With("kind", kind),
            Rows.Document,
            cancellationToken);

    public Task<IReadOnlyList<AttachmentSummary>> ListAttachmentsAsync(Guid instanceId, CancellationToken cancellationToken) =>
        ListAsync(
            new Sql(
                $"""
                SELECT {Rows.AttachmentSummaryColumns} FROM {T("attachments")}
                WHERE instance_id = @instance ORDER BY uploaded_at, field_name;
                """).With("instance", instanceId),
            Rows.AttachmentSummary,
            cancellationToken);

    public Task<AttachmentRecord?> GetAttachmentAsync(Guid id, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            new Sql($"SELECT {Rows.AttachmentColumns} FROM {T("attachments")} WHERE id = @id;").With("id", id), Rows.Attachment, cancellationToken);
}
