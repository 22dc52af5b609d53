// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity;
using Insider.LiveActivity.Testing;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Points a client registered with <c>services.AddInsiderLiveActivity(...)</c> at a <see cref="LiveActivityEmulator"/>.</summary>
public static class LiveActivityEmulatorHttpClientBuilderExtensions
{
    /// <summary>
    /// Sends the DI-registered <see cref="ILiveActivityClient"/> to <paramref name="emulator"/>: sets
    /// <see cref="LiveActivityOptions.BaseAddress"/> and <see cref="LiveActivityOptions.ApiKey"/> to the emulator's (after every
    /// other configuration, so it wins over the application's own settings) and, for an in-memory emulator, makes its handler the
    /// primary handler, so no socket is opened. A loopback emulator keeps the default handler and is reached over its socket.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddInsiderLiveActivity</c>.</param>
    /// <param name="emulator">The emulator to send every call to.</param>
    /// <returns>The same builder, to chain further calls.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IHttpClientBuilder UseEmulator(this IHttpClientBuilder builder, LiveActivityEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(emulator);
        builder.Services.PostConfigure<LiveActivityOptions>(options =>
        {
            options.BaseAddress = emulator.BaseAddress;
            options.ApiKey = emulator.ApiKey;
        });
        if (emulator.IsInMemory)
        {
            builder.ConfigurePrimaryHttpMessageHandler(emulator.CreateHandler);
        }

        return builder;
    }
}
