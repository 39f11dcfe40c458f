namespace Mpp.Workflows.Designer.Definitions;

/// <summary>A connection a draft adds or removes: from an outbound port of one activity to another activity.</summary>
/// <example><c>new ConnectionDifference("verify", "Lengkap", "sign")</c> reads "verify · Lengkap → sign".</example>
public sealed record ConnectionDifference(string Source, string Port, string Target)
{
    public override string ToString() => $"{Source} · {Port} → {Target}";
}
