namespace Insider.LiveActivity.Orchestration.Simulation;

public static class Percentiles
{
    public static (double P50, double P99, double Max) Of(List<double> values)
    {
        if (values.Count == 0)
        {
            return (0, 0, 0);
        }

        values.Sort();
        return (At(values, 0.50), At(values, 0.99), values[^1]);
    }

    private static double At(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
}
