// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Insider.LiveActivity.Benchmarks.Peer;

/// <summary>The Newtonsoft settings of an OpenAPI-generated client (one shared instance, so contracts are cached).</summary>
internal static class PeerJsonSettings
{
    public static readonly JsonSerializerSettings Instance = new()
    {
        ConstructorHandling = ConstructorHandling.AllowNonPublicDefaultConstructor,
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { OverrideSpecifiedNames = false } },
        NullValueHandling = NullValueHandling.Ignore,
    };
}
