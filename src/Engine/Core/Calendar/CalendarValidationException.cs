namespace Mpp.Workflows.Engine.Calendar;

/// <summary>
/// A calendar that cannot be trusted: malformed JSON, a bad or duplicate date, a date outside its year,
/// an unknown kind. Admins edit these files, so the message says exactly which entry is wrong.
/// </summary>
public sealed class CalendarValidationException : Exception
{
    public CalendarValidationException(string message)
        : base(message)
    {
    }

    public CalendarValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
