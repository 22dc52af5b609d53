// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Testing;
using Insider.LiveActivity.Tool.Tests.Support;

namespace Insider.LiveActivity.Tool.Tests.Send;

/// <summary>A loopback emulator with one registered activity and a state file, for one test.</summary>
internal sealed class SendFixture : IAsyncDisposable
{
    public const string ActivityType = "DeliveryActivityAttributes";

    private SendFixture(LiveActivityEmulator emulator, string activityId, TempDirectory files)
    {
        Emulator = emulator;
        ActivityId = activityId;
        Files = files;
        StateFile = files.File("state.json", """{"status":"preparing","eta_minutes":12}""");
    }

    public LiveActivityEmulator Emulator { get; }

    public string ActivityId { get; }

    public TempDirectory Files { get; }

    public string StateFile { get; }

    public string BaseAddress => Emulator.BaseAddress.ToString();

    public ToolRunner Runner => ToolRunner.For(Emulator);

    public static async Task<SendFixture> StartAsync(params string[] insiderIds)
    {
        // Tokens never sync on their own during a test: a test that needs them calls CompleteTokenSync.
        var emulator = await LiveActivityEmulator.StartAsync(new LiveActivityEmulatorOptions { TokenSyncDelay = TimeSpan.FromHours(1) });
        using var client = new LiveActivityClient(new LiveActivityOptions { ApiKey = emulator.ApiKey, BaseAddress = emulator.BaseAddress });
        var registration = await client.RegisterAsync(new RegisterRequest
        {
            ActivityType = ActivityType,
            InsiderIds = insiderIds.Length == 0 ? ["user-1", "multi-2"] : insiderIds,
            EndsAt = DateTimeOffset.UtcNow.AddHours(1),
        });
        emulator.ClearRecords();
        return new SendFixture(emulator, registration.ActivityId, new TempDirectory());
    }

    /// <summary>The arguments of <c>send COMMAND</c> for this fixture's activity, followed by <paramref name="extra"/>.</summary>
    public string[] Args(string command, params string[] extra) =>
        ["send", command, "--base-address", BaseAddress, "--activity-id", ActivityId, "--type", ActivityType, "--state", StateFile, .. extra];

    public async ValueTask DisposeAsync()
    {
        Files.Dispose();
        await Emulator.DisposeAsync();
    }
}
