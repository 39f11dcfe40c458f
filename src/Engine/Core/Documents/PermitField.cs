namespace Mpp.Workflows.Engine.Documents;

/// <summary>One line of what a permit allows, e.g. ("Tempat Praktik", "Klinik Sehat Pemalang").</summary>
public sealed record PermitField(string Label, string Value);
