// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Microsoft.Extensions.DependencyInjection;

namespace Insider.LiveActivity.Benchmarks.Contenders;

/// <summary>Contender 1: <see cref="ILiveActivityClient"/> registered the way a customer registers it, through DI.</summary>
internal sealed class SdkContender : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly RegisterRequest _register;
    private readonly RegisterRequest _registerLarge;
    private readonly StartRequest _start;
    private readonly UpdateRequest _update;
    private readonly EndRequest _end;

    public SdkContender(Uri baseAddress)
    {
        var services = new ServiceCollection();
        services.AddInsiderLiveActivity(options =>
        {
            options.ApiKey = BenchmarkPayloads.ApiKey;
            options.BaseAddress = baseAddress;

            // The client-side rate budget (1,000 calls a minute by default) would throttle the benchmark itself.
            options.RateLimit.Enabled = false;
        });
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<ILiveActivityClient>();

        var endsAt = BenchmarkPayloads.EndsAt();
        _register = new RegisterRequest { ActivityType = BenchmarkPayloads.ActivityType, InsiderIds = BenchmarkPayloads.InsiderIds(BenchmarkPayloads.SmallIdCount), EndsAt = endsAt };
        _registerLarge = _register with { InsiderIds = BenchmarkPayloads.InsiderIds(BenchmarkPayloads.LargeIdCount) };
        var content = new LiveActivityContent { Title = BenchmarkPayloads.Title, Message = BenchmarkPayloads.Message, ContentState = BenchmarkPayloads.ContentState() };
        _start = new StartRequest { ActivityId = BenchmarkPayloads.ActivityId, ActivityType = BenchmarkPayloads.ActivityType, Content = content };
        _update = new UpdateRequest { ActivityId = BenchmarkPayloads.ActivityId, ActivityType = BenchmarkPayloads.ActivityType, Content = new LiveActivityContent { ContentState = BenchmarkPayloads.ContentState() } };
        _end = new EndRequest { ActivityId = BenchmarkPayloads.ActivityId, ActivityType = BenchmarkPayloads.ActivityType, Content = content };
    }

    /// <summary>Gets the one client instance every call goes through (resolved once, as an injected dependency would be).</summary>
    public ILiveActivityClient Client { get; }

    public Task<ActivityRegistration> RegisterAsync() => Client.RegisterAsync(_register);

    public Task<ActivityRegistration> RegisterLargeAsync() => Client.RegisterAsync(_registerLarge);

    public Task<PushSummary> StartAsync() => Client.StartAsync(_start);

    public Task<PushSummary> UpdateAsync() => Client.UpdateAsync(_update);

    public Task<PushSummary> EndAsync() => Client.EndAsync(_end);

    public void Dispose() => _services.Dispose();
}
