namespace Mpp.Workflows.Definitions.Validation;

/// <summary>Collects problems while a definition is validated; knows the offices so office codes can be checked.</summary>
public sealed class ValidationContext(IReadOnlySet<string>? knownOffices = null)
{
    private readonly List<ValidationError> _errors = [];

    /// <summary>Office codes that exist, or null when the validator runs without the office list.</summary>
    public IReadOnlySet<string>? KnownOffices { get; } = knownOffices;

    /// <summary>The problems found so far, in the order found.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>Records a problem.</summary>
    public void Add(string path, string message) => _errors.Add(new ValidationError(path, message));
}
