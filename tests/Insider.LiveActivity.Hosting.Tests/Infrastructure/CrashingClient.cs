namespace Insider.LiveActivity.Hosting.Tests.Infrastructure;

/// <summary>
/// A client that "dies" before sending a chosen request: the call never completes and nothing reaches the API, as when the
/// process is killed between recording the intent and sending it.
/// </summary>
public sealed class CrashingClient(ILiveActivityClient inner, CrashSwitch crash) : ILiveActivityClient
{
    public LiveActivityEndpoint? CrashBefore { get; set; }

    /// <summary>Gets the gate that can hold the requests of one endpoint while they are out.</summary>
    public CallGate Gate { get; } = new();

    /// <summary>Gets or sets a change made to every segment registration the API confirmed (e.g. ids left unconfirmed).</summary>
    public Func<SegmentRegistration, SegmentRegistration>? OnRegistered { get; set; }

    /// <summary>Gets or sets a failure thrown instead of a request of an endpoint (a fault outside the client's own exceptions).</summary>
    public Func<LiveActivityEndpoint, Exception?>? ThrowBefore { get; set; }

    public Task<ActivityRegistration> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken = default) => Crash<ActivityRegistration>(LiveActivityEndpoint.Register, cancellationToken) ?? inner.RegisterAsync(request, cancellationToken);

    public Task<ActivityRegistration> AddUsersAsync(AddUsersRequest request, CancellationToken cancellationToken = default) => Crash<ActivityRegistration>(LiveActivityEndpoint.AddUsers, cancellationToken) ?? inner.AddUsersAsync(request, cancellationToken);

    public Task<ActivityRegistration> RemoveUsersAsync(RemoveUsersRequest request, CancellationToken cancellationToken = default) => inner.RemoveUsersAsync(request, cancellationToken);

    public Task<PushSummary> StartAsync(StartRequest request, CancellationToken cancellationToken = default) =>
        Crash<PushSummary>(LiveActivityEndpoint.Start, cancellationToken) ?? HeldAsync(LiveActivityEndpoint.Start, () => inner.StartAsync(request, cancellationToken), cancellationToken);

    public Task<PushSummary> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken = default) =>
        Crash<PushSummary>(LiveActivityEndpoint.Update, cancellationToken) ?? HeldAsync(LiveActivityEndpoint.Update, () => inner.UpdateAsync(request, cancellationToken), cancellationToken);

    public Task<PushSummary> EndAsync(EndRequest request, CancellationToken cancellationToken = default) =>
        Crash<PushSummary>(LiveActivityEndpoint.End, cancellationToken) ?? HeldAsync(LiveActivityEndpoint.End, () => inner.EndAsync(request, cancellationToken), cancellationToken);

    public Task<SegmentRegistration> RegisterSegmentAsync(RegisterSegmentRequest request, IProgress<SegmentProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Crash<SegmentRegistration>(LiveActivityEndpoint.Register, cancellationToken) ?? RegisterSegmentCoreAsync(request, progress, cancellationToken);

    public Task<SegmentRegistration> RemoveSegmentUsersAsync(RemoveSegmentUsersRequest request, IProgress<SegmentProgress>? progress = null, CancellationToken cancellationToken = default) =>
        inner.RemoveSegmentUsersAsync(request, progress, cancellationToken);

    private async Task<SegmentRegistration> RegisterSegmentCoreAsync(RegisterSegmentRequest request, IProgress<SegmentProgress>? progress, CancellationToken cancellationToken)
    {
        await Gate.PassAsync(LiveActivityEndpoint.Register, cancellationToken);
        var result = await inner.RegisterSegmentAsync(request, progress, cancellationToken);
        return OnRegistered is { } change ? change(result) : result;
    }

    private async Task<T> HeldAsync<T>(LiveActivityEndpoint endpoint, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        await Gate.PassAsync(endpoint, cancellationToken);
        if (ThrowBefore?.Invoke(endpoint) is { } failure)
        {
            throw failure;
        }

        return await call();
    }

    private Task<T>? Crash<T>(LiveActivityEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (!crash.IsDead && CrashBefore != endpoint)
        {
            return null;
        }

        crash.Die();
        // Never completes (the process is gone), unless the caller cancels: a disposed orchestrator can unwind.
        var gone = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        cancellationToken.Register(static state => ((TaskCompletionSource<T>)state!).TrySetCanceled(), gone);
        return gone.Task;
    }
}
