namespace Mpp.Workflows.Definitions.Validation;

/// <summary>Collects problems while a definition is validated; knows the offices so office codes can be checked.</summary>
public sealed class ValidationContext(IReadOnlySet<string>? knownOffices = null)
{
    private readonly List<ValidationError> _errors = [];

    /// <summary>Office codes that exist, or null when the validator runs without the office list.</summary>
    public IReadOnlySet<string>? KnownOffices { get; } = knownOffices;

    /// <summary>The problems found so far, in the order found.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>Records a problem of no named kind (<see cref="ValidationCodes.Invalid"/>).</summary>
    public void Add(string path, string message) => _errors.Add(new ValidationError(path, message));

    /// <summary>Records a problem of kind <paramref name="code"/> (one of <see cref="ValidationCodes"/>) with its arguments.</summary>
    public void Add(string path, string code, string message, params string[] arguments) =>
        _errors.Add(new ValidationError(path, message) { Code = code, Arguments = arguments });

    /// <summary>Replaces the recorded problems with <paramref name="errors"/> (the validator names their steps at the end).</summary>
    internal void Replace(IEnumerable<ValidationError> errors)
    {
        var list = errors.ToList();
        _errors.Clear();
        _errors.AddRange(list);
    }
}
