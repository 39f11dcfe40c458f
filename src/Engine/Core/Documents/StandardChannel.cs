namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// Where a citizen can complain about a service: <see cref="Kind"/> is one of <see cref="Kinds"/>, <see cref="Address"/> the
/// URL, number or address to use.
/// </summary>
public sealed record StandardChannel(string Kind, string Address)
{
    /// <summary>The channel kinds, in the order a standard lists them.</summary>
    public static class Kinds
    {
        /// <summary>This public service mall's own complaint page (<c>/pengaduan</c>).</summary>
        public const string ComplaintPage = "ComplaintPage";

        /// <summary>SP4N-LAPOR!, the national complaint channel.</summary>
        public const string Lapor = "Lapor";

        public const string Phone = "Phone";
        public const string Email = "Email";
        public const string Address = "Address";
    }

    /// <summary>SP4N-LAPOR!'s public address.</summary>
    public const string LaporUrl = "https://www.lapor.go.id";
}
