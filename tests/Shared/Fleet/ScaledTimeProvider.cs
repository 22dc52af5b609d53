namespace Insider.LiveActivity.Redis.Tests.Fleet;

/// <summary>
/// A clock that runs <see cref="Factor"/> times faster than the wall clock from a shared origin, for proofs that span several
/// processes: every process built with the same origin and factor reads the same time (they share the machine's wall clock), and
/// timers fire after the scaled delay. Lets a run cover the API's 5-minute minimum lifetime of an activity in seconds.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly DateTimeOffset _origin;
    private readonly long _originTimestamp;

    public ScaledTimeProvider(DateTimeOffset origin, double factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        _origin = origin;
        Factor = factor;
        _originTimestamp = System.GetTimestamp();
    }

    public double Factor { get; }

    /// <summary>Gets the scaled time: the origin plus the wall time elapsed since the origin, times <see cref="Factor"/>.</summary>
    public override DateTimeOffset GetUtcNow() => _origin + ((System.GetUtcNow() - _origin) * Factor);

    public override long GetTimestamp() => _originTimestamp + (long)((System.GetTimestamp() - _originTimestamp) * Factor);

    public override long TimestampFrequency => System.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    /// <summary>Gets how long <paramref name="scaled"/> lasts on the wall clock.</summary>
    public TimeSpan Scale(TimeSpan scaled) =>
        scaled == Timeout.InfiniteTimeSpan || scaled <= TimeSpan.Zero ? scaled : TimeSpan.FromTicks(Math.Max(1, (long)(scaled.Ticks / Factor)));

    public override string ToString() => $"x{Factor} from {_origin:O}";

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
