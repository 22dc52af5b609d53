// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Hosting;

/// <summary>Rejects at once a plan the API would reject later: the rules of <c>/register</c> and <c>/start</c>, checked against the time of registration.</summary>
internal static class PlanValidator
{
    public static readonly TimeSpan MinLifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(7);

    public static void Validate(LiveActivityPlan plan, DateTimeOffset now, TimeSpan registerLead)
    {
        Require(!string.IsNullOrWhiteSpace(plan.Key), "LiveActivityPlan.Key is required");
        Require(!string.IsNullOrWhiteSpace(plan.ActivityType), "LiveActivityPlan.ActivityType is required (the Swift ActivityAttributes class name)");
        Require(plan.InsiderIds is { Count: > 0 }, "LiveActivityPlan.InsiderIds must hold at least one insider id");
        Require(plan.InsiderIds!.All(static id => !string.IsNullOrWhiteSpace(id)), "LiveActivityPlan.InsiderIds must not hold an empty insider id");
        Require(plan.StartContent is not null, "LiveActivityPlan.StartContent is required");
        Require(!string.IsNullOrWhiteSpace(plan.StartContent!.Title) && !string.IsNullOrWhiteSpace(plan.StartContent.Message), "LiveActivityPlan.StartContent needs a Title and a Message (/start requires both)");
        RequireContent(plan.StartContent, "LiveActivityPlan.StartContent");
        if (plan.FinalContent is not null)
        {
            RequireContent(plan.FinalContent, "LiveActivityPlan.FinalContent");
        }

        Require(plan.TargetDevices is null || plan.TargetDevices.All(static d => d is not null && !string.IsNullOrWhiteSpace(d.InsiderId) && !string.IsNullOrWhiteSpace(d.Udid)),
            "LiveActivityPlan.TargetDevices needs an insider id and a udid in every device");

        var start = plan.StartAt ?? now;
        Require(start < plan.EndsAt, $"LiveActivityPlan.StartAt ({start:O}) must be before EndsAt ({plan.EndsAt:O})");
        var registerAt = start - registerLead > now ? start - registerLead : now;
        var lifetime = plan.EndsAt - registerAt;
        Require(lifetime >= MinLifetime, $"LiveActivityPlan.EndsAt ({plan.EndsAt:O}) must be at least 5 minutes after the registration at {registerAt:O} (ENDS_AT_TOO_SOON)");
        Require(lifetime <= MaxLifetime, $"LiveActivityPlan.EndsAt ({plan.EndsAt:O}) must be at most 7 days after the registration at {registerAt:O} (ENDS_AT_TOO_FAR)");
    }

    /// <summary>Checks a content and returns a deep copy, so that the caller's later changes to its JSON never reach the store.</summary>
    public static LiveActivityContent Copy(LiveActivityContent content, string name)
    {
        ArgumentNullException.ThrowIfNull(content, name);
        if (content.ContentState is null)
        {
            throw new ArgumentException($"{name}.ContentState is required", name);
        }

        return content with
        {
            ContentState = (JsonObject)content.ContentState.DeepClone(),
            Attributes = (JsonObject?)content.Attributes?.DeepClone(),
        };
    }

    private static void RequireContent(LiveActivityContent content, string name) =>
        Require(content.ContentState is not null, name + ".ContentState is required");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new LiveActivityValidationException(message);
        }
    }
}
