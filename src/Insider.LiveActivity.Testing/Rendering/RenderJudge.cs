// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text;
using System.Text.Json.Nodes;
using Insider.LiveActivity.Contracts;

namespace Insider.LiveActivity.Testing;

/// <summary>
/// Decides whether the device would render a push, from the Apple payload alone (the wire), with the app's Swift contract:
/// the content state (and, on start, the attributes) as <c>JSONDecoder</c> would decode them, plus the APNs size limit.
/// It never calls the client's encoding code.
/// </summary>
internal sealed class RenderJudge(SwiftContract? contract)
{
    /// <summary>The APNs limit for a whole Live Activity payload.</summary>
    public const int MaxApnsPayloadBytes = 4096;

    private static readonly IReadOnlyList<ContractProblem> NothingChecked =
    [
        new ContractProblem(
            "aps",
            ContractProblemKind.NotChecked,
            ContractSeverity.Warning,
            "Nothing was checked: give the emulator the app's contract (LiveActivityEmulatorOptions.AppContract = SwiftContract.Load(...)) to learn whether the device would render this push."),
    ];

    public (bool WouldRender, IReadOnlyList<ContractProblem> Problems) Judge(string activityType, JsonObject payload)
    {
        if (contract is null)
        {
            return (false, NothingChecked);
        }

        var aps = payload["aps"] as JsonObject;
        var problems = new List<ContractProblem>();
        if (aps?["content-state"] is JsonObject contentState)
        {
            var attributes = aps["event"]?.GetValue<string>() == "start" ? aps["attributes"] as JsonObject ?? [] : null;
            problems.AddRange(contract.Check(activityType, contentState, attributes).Problems);
        }
        else
        {
            problems.Add(new ContractProblem("aps.content-state", ContractProblemKind.TypeMismatch, ContractSeverity.Error, "The content state is not a JSON object; the device decodes ContentState from an object."));
        }

        var size = Encoding.UTF8.GetByteCount(payload.ToJsonString());
        if (size > MaxApnsPayloadBytes)
        {
            problems.Add(new ContractProblem("aps", ContractProblemKind.PayloadTooLarge, ContractSeverity.Error, $"The APNs payload is {size:N0} bytes; APNs rejects Live Activity payloads over {MaxApnsPayloadBytes:N0} bytes. Shorten the title, message or content state."));
        }

        return (problems.TrueForAll(p => p.Severity != ContractSeverity.Error), problems.AsReadOnly());
    }
}
