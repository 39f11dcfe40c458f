namespace Mpp.Workflows.Engine.Calendar;

/// <summary>Why a date is not a working day. Both kinds stop every SLA clock.</summary>
public enum HolidayKind
{
    /// <summary>A hari libur nasional.</summary>
    National,

    /// <summary>A cuti bersama (joint leave) day set by the yearly SKB 3 Menteri.</summary>
    CutiBersama,
}
