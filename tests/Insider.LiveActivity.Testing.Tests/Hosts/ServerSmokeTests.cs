// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Insider.LiveActivity.Testing.Tests;

public sealed class ServerSmokeTests
{
    [Fact]
    public async Task Server_PortZero_PrintsAddressKeyAndServes()
    {
        var dll = System.IO.Path.Combine(AppContext.BaseDirectory, "Insider.LiveActivity.Testing.Server.dll");
        var info = new ProcessStartInfo("dotnet", [dll, "--port", "0", "--api-key", "smoke-key"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        try
        {
            var firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var secondLine = await process.StandardOutput.ReadLineAsync();
            var address = Regex.Match(firstLine!, @"http://127\.0\.0\.1:\d+").Value;
            secondLine.Should().Be("API key: smoke-key");

            using var http = new HttpClient { BaseAddress = new Uri(address) };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/live-activity/start") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Api-Key", "smoke-key");
            using var response = await http.SendAsync(request);

            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await process.StandardOutput.ReadLineAsync()).Should().Be("Try:");
            (await process.StandardOutput.ReadLineAsync()).Should().Contain("curl -s -X POST " + address + "/api/v1/live-activity/register");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
