using System.Collections.Concurrent;
using System.Net;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// Counts failed sign-ins per user name from one address, per user name from anywhere, and per client address in a sliding window (<see cref="SignInThrottleOptions"/>).
/// ASP.NET Core's rate-limiting middleware cannot do this: it partitions before the body (which holds the user name) is
/// read, and counts every request, where only failures may count. An attempt reserves a place in both logs before the
/// password is checked, so parallel guesses cannot all slip past the count while the hashes run.
/// </summary>
internal sealed class SignInThrottle(IOptionsMonitor<StaffAuthOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, FailureLog> _logs = new(StringComparer.Ordinal);

    /// <summary>
    /// Starts an attempt for <paramref name="username"/> from <paramref name="address"/>; when the user name from this
    /// address, the user name from anywhere, or the address has used up its failures, the attempt is refused at once with <see cref="Attempt.RetryAfter"/> (no password is hashed).
    /// </summary>
    public Attempt Begin(string username, IPAddress? address)
    {
        ArgumentNullException.ThrowIfNull(username);
        var settings = options.CurrentValue.SignIn;
        var now = time.GetUtcNow();
        var logs = new[]
        {
            (Log(PairKey(username, address)), settings.FailuresPerUserName),
            (Log(UserKey(username)), settings.FailuresPerUserNameAnywhere),
            (Log("address:" + AddressKey(address)), settings.FailuresPerAddress),
        };
        var reserved = new List<FailureLog>(logs.Length);
        TimeSpan? wait = null;
        foreach (var (log, limit) in logs)
        {
            if (log.TryReserve(now, limit, settings.Window) is { } refusedFor)
            {
                wait = wait is { } longest && longest > refusedFor ? longest : refusedFor;
            }
            else
            {
                reserved.Add(log);
            }
        }

        if (wait is null)
        {
            return new Attempt(this, reserved, null);
        }

        // One of them refused: give back the places the others reserved.
        foreach (var log in reserved)
        {
            log.End(now, failed: false, settings.Window);
        }

        return new Attempt(this, [], wait);
    }

    /// <summary>
    /// Forgets the failures counted against <paramref name="username"/> from every address: an admin gave the account a
    /// new password or reactivated it (a locked-out officer is let in by the admin's reset, not after the window). The
    /// address's count stays: it guards against guessing across names.
    /// </summary>
    public void Forget(string username)
    {
        ArgumentNullException.ThrowIfNull(username);
        var key = UserKey(username);
        foreach (var (name, log) in _logs)
        {
            if (name == key || name.StartsWith(key + "@", StringComparison.Ordinal))
            {
                log.Clear();
            }
        }
    }

    /// <summary>
    /// The owner of <paramref name="username"/> signed in from <paramref name="address"/>: their failures from there and the
    /// count over all addresses start again. Failures from other addresses stay, so a stranger's lock on their own address
    /// holds.
    /// </summary>
    public void Forgive(string username, IPAddress? address)
    {
        ArgumentNullException.ThrowIfNull(username);
        foreach (var key in new[] { UserKey(username), PairKey(username, address) })
        {
            if (_logs.TryGetValue(key, out var log))
            {
                log.Clear();
            }
        }
    }

    private static string PairKey(string username, IPAddress? address) => UserKey(username) + "@" + AddressKey(address);

    private static string AddressKey(IPAddress? address) => address?.ToString() ?? "unknown";

    private static string UserKey(string username) => "user:" + username.Trim().ToLowerInvariant();

    private FailureLog Log(string key) => _logs.GetOrAdd(key, _ => new FailureLog());

    private void End(IReadOnlyList<FailureLog> logs, bool failed)
    {
        var now = time.GetUtcNow();
        var window = options.CurrentValue.SignIn.Window;
        foreach (var log in logs)
        {
            log.End(now, failed, window);
        }

        // Forget logs with nothing left to count, so guessed names do not pile up in memory. An attempt that picked up a log
        // just before it went loses at most its own failure.
        if (_logs.Count > 1024)
        {
            foreach (var (key, log) in _logs)
            {
                if (log.IsEmpty(now, window))
                {
                    _logs.TryRemove(KeyValuePair.Create(key, log));
                }
            }
        }
    }

    /// <summary>
    /// One sign-in in progress: <see cref="RetryAfter"/> is set when it was refused; otherwise say how it went with
    /// <see cref="Failed"/> or <see cref="Succeeded"/> (disposing without either counts as neither).
    /// </summary>
    public sealed class Attempt : IDisposable
    {
        private readonly SignInThrottle _throttle;
        private IReadOnlyList<FailureLog> _logs;

        internal Attempt(SignInThrottle throttle, IReadOnlyList<FailureLog> logs, TimeSpan? retryAfter)
        {
            _throttle = throttle;
            _logs = logs;
            RetryAfter = retryAfter;
        }

        public TimeSpan? RetryAfter { get; }

        public void Failed() => Finish(failed: true);

        public void Succeeded() => Finish(failed: false);

        public void Dispose() => Finish(failed: false);

        private void Finish(bool failed)
        {
            var logs = _logs;
            _logs = [];
            if (logs.Count > 0)
            {
                _throttle.End(logs, failed);
            }
        }
    }

    /// <summary>The failures of one user name or address within the window, and the attempts still being checked.</summary>
    internal sealed class FailureLog
    {
        private readonly Queue<DateTimeOffset> _failures = new();
        private int _pending;

        /// <summary>Null when a place was reserved; otherwise how long until the oldest failure leaves the window.</summary>
        public TimeSpan? TryReserve(DateTimeOffset now, int limit, TimeSpan window)
        {
            lock (_failures)
            {
                Prune(now, window);
                if (_failures.Count + _pending < limit)
                {
                    _pending++;
                    return null;
                }

                // Only attempts in flight fill the log: one of them ends within a hash's time.
                return _failures.Count > 0 ? _failures.Peek() + window - now : TimeSpan.FromSeconds(1);
            }
        }

        public void End(DateTimeOffset now, bool failed, TimeSpan window)
        {
            lock (_failures)
            {
                _pending--;
                if (failed)
                {
                    _failures.Enqueue(now);
                }

                Prune(now, window);
            }
        }

        public void Clear()
        {
            lock (_failures)
            {
                _failures.Clear();
            }
        }

        public bool IsEmpty(DateTimeOffset now, TimeSpan window)
        {
            lock (_failures)
            {
                Prune(now, window);
                return _failures.Count == 0 && _pending == 0;
            }
        }

        private void Prune(DateTimeOffset now, TimeSpan window)
        {
            while (_failures.Count > 0 && _failures.Peek() + window <= now)
            {
                _failures.Dequeue();
            }
        }
    }
}
