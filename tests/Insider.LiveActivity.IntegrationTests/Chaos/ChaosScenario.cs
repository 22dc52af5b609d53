namespace Insider.LiveActivity.IntegrationTests.Chaos;

/// <summary>One seeded scenario: the endpoint under test, the state it starts from, the retry budget and the faults of its attempts.</summary>
public sealed record ChaosScenario(int Index, int Seed, LiveActivityEndpoint Endpoint, ChaosSetup Setup, int MaxRetries, IReadOnlyList<ChaosFault> Faults)
{
    public string Tag => $"z{Seed}q";

    public IReadOnlyList<string> RegisterIds => [$"{Tag}u1", $"multi-{Tag}u2", $"android-{Tag}u3"];

    public IReadOnlyList<string> AddIds => [$"{Tag}a1", $"multi-{Tag}a2"];

    public IReadOnlyList<string> RemoveIds => [$"{Tag}u1"];

    public IEnumerable<string> AllIds => RegisterIds.Concat(AddIds);

    /// <summary>Derives a scenario from its seed alone, so that a failure can be replayed from the printed seed.</summary>
    public static ChaosScenario Generate(int index, int seed, IReadOnlyList<ChaosFault> palette)
    {
        var random = new Random(seed);
        var endpoint = (LiveActivityEndpoint)random.Next(6);
        var setup = ChaosSetup.Normal;
        if (endpoint != LiveActivityEndpoint.Register && random.Next(100) < 15)
        {
            setup = endpoint is LiveActivityEndpoint.Update or LiveActivityEndpoint.End || random.Next(2) == 0 ? ChaosSetup.AlreadyEnded : ChaosSetup.AlreadyStarted;
        }

        var maxRetries = random.Next(5);
        var faults = new List<ChaosFault>();
        var length = random.Next(7);
        for (var i = 0; i < length; i++)
        {
            var fault = palette[random.Next(palette.Count)];
            if (fault == ChaosFault.None)
            {
                break; // a success ends the call; nothing after it is ever consumed
            }

            faults.Add(fault);
        }

        return new ChaosScenario(index, seed, endpoint, setup, maxRetries, faults);
    }

    public override string ToString() =>
        $"scenario {Index} seed {Seed}: {Endpoint} from {Setup}, MaxRetries {MaxRetries}, faults [{string.Join(", ", Faults)}]";
}
