// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace Insider.LiveActivity.Testing.Tests;

/// <summary>The package README's quick start, kept compiling and passing.</summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public async Task Register_EligibleUsers_ReturnsActivityId()
    {
        await using var emulator = await LiveActivityEmulator.StartAsync();
        using var http = emulator.CreateHttpClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", emulator.ApiKey);

        var response = await http.PostAsJsonAsync("/api/v1/live-activity/register", new
        {
            activity_type = "DeliveryActivityAttributes",
            insider_ids = new[] { "user-1", "multi-2", "android-3" },
            ends_at = DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        body!["matched"]!.GetValue<int>().Should().Be(3);
        body["skipped"]!["unsupported_platform"]!.GetValue<int>().Should().Be(1);
    }
}
