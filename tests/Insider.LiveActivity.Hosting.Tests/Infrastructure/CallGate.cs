namespace Insider.LiveActivity.Hosting.Tests.Infrastructure;

/// <summary>
/// Holds the requests of one endpoint before they reach the API, so a test can act (publish, move the clock) while they are out.
/// <see cref="OrchestratorHarness.SettleAsync"/> counts a held request as settled: nothing else can happen until it is released.
/// </summary>
public sealed class CallGate
{
    private readonly object _gate = new();
    private TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _held;
    private int _peak;

    /// <summary>Gets or sets the endpoint whose requests wait for <see cref="Release"/>; <see langword="null"/> holds none.</summary>
    public LiveActivityEndpoint? Endpoint { get; set; }

    /// <summary>Gets the number of requests waiting now.</summary>
    public int Held => Volatile.Read(ref _held);

    /// <summary>Gets the largest number of requests that waited at once.</summary>
    public int Peak => Volatile.Read(ref _peak);

    /// <summary>Lets every waiting request through (later ones wait again while <see cref="Endpoint"/> is set).</summary>
    public void Release()
    {
        TaskCompletionSource open;
        lock (_gate)
        {
            open = _open;
            _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        open.TrySetResult();
    }

    internal async Task PassAsync(LiveActivityEndpoint endpoint, CancellationToken cancellationToken)
    {
        Task open;
        lock (_gate)
        {
            if (Endpoint != endpoint)
            {
                return;
            }

            open = _open.Task;
            _peak = Math.Max(_peak, ++_held);
        }

        try
        {
            await open.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _held);
        }
    }
}
