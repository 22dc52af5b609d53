// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Benchmarks.Contenders;

/// <summary>The four contenders of a suite, all pointed at one stub-server address.</summary>
internal sealed class ContenderSet(Uri baseAddress) : IDisposable
{
    public SdkContender Sdk { get; } = new(baseAddress);

    public RawFloorContender RawFloor { get; } = new(baseAddress);

    public RestSharpContender TypicalPeer { get; } = new(baseAddress, newClientPerCall: false);

    public RestSharpContender OneSignalStyle { get; } = new(baseAddress, newClientPerCall: true);

    public void Dispose()
    {
        Sdk.Dispose();
        RawFloor.Dispose();
        TypicalPeer.Dispose();
        OneSignalStyle.Dispose();
    }
}
