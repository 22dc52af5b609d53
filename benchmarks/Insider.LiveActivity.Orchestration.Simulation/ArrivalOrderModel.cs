namespace Insider.LiveActivity.Orchestration.Simulation;

/// <summary>
/// The contrast: the same publishes sent in arrival order, one /update per publish (no coalescing), at the same budget
/// (1,000 per minute, spread evenly). A model, not the orchestrator: it shows what a plain queue does under the same load.
/// </summary>
public static class ArrivalOrderModel
{
    public static (List<double> Staleness, long MaxQueued, long Sent) Run(IReadOnlyList<(double At, double Until)> windows, double publishEvery, double runSeconds, int perMinute)
    {
        var publishes = new List<double>();
        for (var i = 0; i < windows.Count; i++)
        {
            var phase = publishEvery * i / windows.Count;
            for (var t = windows[i].At + phase; t < windows[i].Until; t += publishEvery)
            {
                publishes.Add(t);
            }
        }

        publishes.Sort();
        var interval = 60.0 / perMinute;
        var staleness = new List<double>();
        var next = 0;
        var clock = 0.0;
        long maxQueued = 0;
        for (var sent = 0; sent < publishes.Count; sent++)
        {
            clock = Math.Max(clock + interval, publishes[sent]);
            if (clock > runSeconds)
            {
                break;
            }

            while (next < publishes.Count && publishes[next] <= clock)
            {
                next++;
            }

            maxQueued = Math.Max(maxQueued, next - sent);
            staleness.Add(clock - publishes[sent]);
        }

        return (staleness, maxQueued, staleness.Count);
    }
}
