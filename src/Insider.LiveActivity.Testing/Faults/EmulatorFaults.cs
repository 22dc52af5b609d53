// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>
/// Scripts faults per endpoint: a FIFO queue per endpoint (each fault is consumed by one request) plus an optional
/// persistent fault per endpoint used whenever that queue is empty. Thread-safe.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly object _gate = new();
    private readonly Dictionary<EmulatorEndpoint, Queue<EmulatorFault>> _queues = [];
    private readonly Dictionary<EmulatorEndpoint, EmulatorFault> _always = [];

    internal EmulatorFaults()
    {
    }

    /// <summary>Queues <paramref name="fault"/> for the next <paramref name="times"/> requests to <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="fault">The fault.</param>
    /// <param name="times">How many consecutive requests get the fault.</param>
    public void Enqueue(EmulatorEndpoint endpoint, EmulatorFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            if (!_queues.TryGetValue(endpoint, out var queue))
            {
                queue = new Queue<EmulatorFault>();
                _queues[endpoint] = queue;
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    /// <summary>Applies <paramref name="fault"/> to every request to <paramref name="endpoint"/> while its queue is empty.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="fault">The fault, or <see langword="null"/> to remove the persistent fault.</param>
    public void SetAlways(EmulatorEndpoint endpoint, EmulatorFault? fault)
    {
        lock (_gate)
        {
            if (fault is null)
            {
                _always.Remove(endpoint);
            }
            else
            {
                _always[endpoint] = fault;
            }
        }
    }

    /// <summary>Gets the number of queued (not yet consumed) faults for <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>The number of queued faults.</returns>
    public int PendingCount(EmulatorEndpoint endpoint)
    {
        lock (_gate)
        {
            return _queues.TryGetValue(endpoint, out var queue) ? queue.Count : 0;
        }
    }

    /// <summary>Removes every queued and persistent fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _queues.Clear();
            _always.Clear();
        }
    }

    internal EmulatorFault? Take(EmulatorEndpoint endpoint)
    {
        lock (_gate)
        {
            if (_queues.TryGetValue(endpoint, out var queue) && queue.TryDequeue(out var fault))
            {
                return fault;
            }

            return _always.GetValueOrDefault(endpoint);
        }
    }
}
