namespace Mpp.Workflows.Engine.Persistence;

/// <summary>A row changed since it was read (stale revision), or a unique key was taken by a concurrent writer.</summary>
public sealed class ConcurrencyException : Exception
{
    public ConcurrencyException()
    {
    }

    public ConcurrencyException(string message) : base(message)
    {
    }

    public ConcurrencyException(string message, Exception inner) : base(message, inner)
    {
    }
}
