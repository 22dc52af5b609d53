// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;

namespace Insider.LiveActivity.Tests.Content;

/// <summary>The two ways a caller gets Swift-Codable options; every encoding rule is tested with both.</summary>
public static class SwiftOptions
{
    public const string Reflection = "reflection";
    public const string SourceGenerated = "source-generated";

    private static readonly JsonSerializerOptions Generated = LiveActivityContentEncoding.CreateOptions(ContentTestJsonContext.Default);

    public static TheoryData<string> Both => [Reflection, SourceGenerated];

    public static JsonSerializerOptions For(string resolver) => resolver switch
    {
        Reflection => LiveActivityContentEncoding.Default,
        SourceGenerated => Generated,
        _ => throw new ArgumentOutOfRangeException(nameof(resolver), resolver, null),
    };

    public static string Encode<T>(T value, string resolver) => LiveActivityContentEncoding.Encode(value, For(resolver)).ToJsonString();

    public static T Decode<T>(string json, string resolver) => JsonSerializer.Deserialize<T>(json, For(resolver))!;
}
