// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;
using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Tool.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Insider.LiveActivity.Tool.Tests.Status;

/// <summary><c>status</c> (issue 11) against a real SQLite store file written through the Hosting package's store API.</summary>
public sealed class StatusCommandTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 20, 10, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _files = new();
    private readonly ToolRunner _runner = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    [Fact]
    public async Task Lists_every_activity_with_its_columns_and_never_insider_ids_or_content()
    {
        var db = await CreateStoreAsync();

        var run = await _runner.RunAsync("status", "--sqlite", db);

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        run.Output.Should().Contain("Key").And.Contain("Activity id").And.Contain("Ends at").And.Contain("Last sent")
            .And.Contain("Pending update").And.Contain("Starts/updates/ends").And.Contain("Last error");
        Row(run, "order-started").Should().Contain("Started").And.Contain("act-1").And.Contain("2026-05-20 10:00:00Z")
            .And.Contain("2026-05-20 11:00:00Z").And.Contain("2026-05-20 10:00:03Z").And.Contain("yes").And.Contain("1/2/0");
        Row(run, "order-failed").Should().Contain("Failed").And.Contain("NOT_FOUND (404)").And.Contain("no");
        Row(run, "order-planned").Should().Contain("Planned").And.Contain("0/0/0");
        run.Output.Should().Contain("3 activities.");
        run.Output.Should().NotContain("insider-secret").And.NotContain("content-secret").And.NotContain("Your order");
        run.Output.IndexOf("order-failed", StringComparison.Ordinal).Should().BeLessThan(run.Output.IndexOf("order-planned", StringComparison.Ordinal), "rows are ordered by key");
    }

    [Fact]
    public async Task State_filters_the_rows()
    {
        var db = await CreateStoreAsync();

        var run = await _runner.RunAsync("status", "--sqlite", db, "--state", "Started");

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        run.Output.Should().Contain("order-started").And.NotContain("order-planned").And.NotContain("order-failed").And.Contain("1 activity.");
    }

    [Fact]
    public async Task A_state_without_activities_prints_so_and_exits_zero()
    {
        var db = await CreateStoreAsync();

        var run = await _runner.RunAsync("status", "--sqlite", db, "--state", "expired");

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        run.Output.Should().Contain("No activity is Expired.");
    }

    [Fact]
    public async Task Key_shows_one_activity()
    {
        var db = await CreateStoreAsync();

        var run = await _runner.RunAsync("status", "--sqlite", db, "--key", "order-failed");

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        run.Output.Should().Contain("order-failed").And.NotContain("order-started").And.NotContain("order-planned");
    }

    [Fact]
    public async Task An_unknown_key_exits_4()
    {
        var db = await CreateStoreAsync();

        var run = await _runner.RunAsync("status", "--sqlite", db, "--key", "order-unknown");

        run.ExitCode.Should().Be(ToolExitCode.NotFoundOrConflict, run.Output);
        run.Output.Should().Contain("order-unknown");
    }

    [Fact]
    public async Task Reading_changes_nothing_in_the_store()
    {
        var db = await CreateStoreAsync();
        var before = await ReadAllAsync(db);

        (await _runner.RunAsync("status", "--sqlite", db)).ExitCode.Should().Be(ToolExitCode.Ok);

        (await ReadAllAsync(db)).Should().Equal(before);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("not-a-store")]
    [InlineData("no-option")]
    [InlineData("key-and-state")]
    [InlineData("bad-state")]
    public async Task Usage_errors_exit_1(string kind)
    {
        var db = await CreateStoreAsync();
        string[] args = kind switch
        {
            "missing" => ["status", "--sqlite", _files.Combine("nowhere.db")],
            "not-a-store" => ["status", "--sqlite", _files.File("notes.txt", new string('x', 4096))],
            "no-option" => ["status"],
            "key-and-state" => ["status", "--sqlite", db, "--key", "order-started", "--state", "Started"],
            _ => ["status", "--sqlite", db, "--state", "Sleeping"],
        };

        var run = await _runner.RunAsync(args);

        run.ExitCode.Should().Be(ToolExitCode.Usage, run.Output);
    }

    private async Task<string> CreateStoreAsync()
    {
        var path = _files.Combine("live-activities.db");
        if (File.Exists(path))
        {
            return path;
        }

        using var store = new SqliteLiveActivityStore("Data Source=" + path);
        await store.InitializeAsync();
        await store.AddAsync(Record("order-planned"));
        var started = await store.AddAsync(Record("order-started"));
        await store.SaveAsync(started with
        {
            Revision = 2, State = LiveActivityState.Started, ActivityId = "act-1", InsiderIds = [], Starts = 1, Updates = 2,
            LastSentAt = T0 + TimeSpan.FromSeconds(3), PendingSequence = 3, DeliveredSequence = 2, PendingContent = Content(),
        });
        var failed = await store.AddAsync(Record("order-failed"));
        await store.SaveAsync(failed with { Revision = 2, State = LiveActivityState.Failed, LastError = "NOT_FOUND (404) on /start" });
        return path;
    }

    private static LiveActivityRecord Record(string key) => new()
    {
        Key = key,
        Revision = 1,
        ActivityType = "OrderTrackingAttributes",
        InsiderIds = ["insider-secret-1", "insider-secret-2"],
        PlannedAt = T0,
        StartAt = T0,
        EndsAt = T0 + TimeSpan.FromHours(1),
        StartContent = Content(),
    };

    private static LiveActivityContent Content() => new()
    {
        Title = "Your order", Message = "content-secret", ContentState = new JsonObject { ["status"] = "content-secret" },
    };

    private static async Task<List<string>> ReadAllAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT key || ':' || revision || ':' || record FROM live_activity ORDER BY key;";
        var rows = new List<string>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static string Row(ToolRun run, string key) =>
        run.Output.Split('\n').Should().ContainSingle(line => line.Contains(key, StringComparison.Ordinal)).Subject;
}
