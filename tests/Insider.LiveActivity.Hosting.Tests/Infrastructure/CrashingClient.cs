namespace Insider.LiveActivity.Hosting.Tests.Infrastructure;

/// <summary>
/// A client that "dies" before sending a chosen request: the call never completes and nothing reaches the API, as when the
/// process is killed between recording the intent and sending it.
/// </summary>
public sealed class CrashingClient(ILiveActivityClient inner, CrashSwitch crash) : ILiveActivityClient
{
    public LiveActivityEndpoint? CrashBefore { get; set; }

    public Task<ActivityRegistration> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken = default) => Crash<ActivityRegistration>(LiveActivityEndpoint.Register) ?? inner.RegisterAsync(request, cancellationToken);

    public Task<ActivityRegistration> AddUsersAsync(AddUsersRequest request, CancellationToken cancellationToken = default) => Crash<ActivityRegistration>(LiveActivityEndpoint.AddUsers) ?? inner.AddUsersAsync(request, cancellationToken);

    public Task<ActivityRegistration> RemoveUsersAsync(RemoveUsersRequest request, CancellationToken cancellationToken = default) => inner.RemoveUsersAsync(request, cancellationToken);

    public Task<PushSummary> StartAsync(StartRequest request, CancellationToken cancellationToken = default) =>
        Crash<PushSummary>(LiveActivityEndpoint.Start) ?? inner.StartAsync(request, cancellationToken);

    public Task<PushSummary> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken = default) =>
        Crash<PushSummary>(LiveActivityEndpoint.Update) ?? inner.UpdateAsync(request, cancellationToken);

    public Task<PushSummary> EndAsync(EndRequest request, CancellationToken cancellationToken = default) =>
        Crash<PushSummary>(LiveActivityEndpoint.End) ?? inner.EndAsync(request, cancellationToken);

    public Task<SegmentRegistration> RegisterSegmentAsync(RegisterSegmentRequest request, IProgress<SegmentProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Crash<SegmentRegistration>(LiveActivityEndpoint.Register) ?? inner.RegisterSegmentAsync(request, progress, cancellationToken);

    public Task<SegmentRegistration> RemoveSegmentUsersAsync(RemoveSegmentUsersRequest request, IProgress<SegmentProgress>? progress = null, CancellationToken cancellationToken = default) =>
        inner.RemoveSegmentUsersAsync(request, progress, cancellationToken);

    private Task<T>? Crash<T>(LiveActivityEndpoint endpoint)
    {
        if (!crash.IsDead && CrashBefore != endpoint)
        {
            return null;
        }

        crash.Die();
        return new TaskCompletionSource<T>().Task; // never completes: the process is gone
    }
}
