// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// The documented request rules, checked before anything is sent (a rejected call still costs rate budget),
/// with the server's own codes. The first rule that fails is reported.
/// </summary>
internal static class RequestValidator
{
    public static readonly TimeSpan MinEndsAtLead = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxEndsAtLead = TimeSpan.FromDays(7);

    public static void Validate(RegisterRequest request, int maxInsiderIds, DateTimeOffset now)
    {
        var endpoint = LiveActivityEndpoint.Register;
        CheckActivityType(request.ActivityType, endpoint, null);
        CheckInsiderIds(request.InsiderIds, maxInsiderIds, endpoint, null);
        // Judged on what is sent: ends_at goes out in whole seconds.
        var lead = new DateTimeOffset(RegisterBody.ToWire(request.EndsAt)) - now;
        if (lead <= TimeSpan.Zero)
        {
            throw Fail(endpoint, null, LiveActivityErrorCodes.EndsAtInPast, "ends_at must be in the future.");
        }

        if (lead < MinEndsAtLead)
        {
            throw Fail(endpoint, null, LiveActivityErrorCodes.EndsAtTooSoon, "ends_at must be at least 5 minutes from now.");
        }

        if (lead > MaxEndsAtLead)
        {
            throw Fail(endpoint, null, LiveActivityErrorCodes.EndsAtTooFar, "ends_at must be at most 7 days from now.");
        }
    }

    public static void Validate(ActivityUsersRequest request, LiveActivityEndpoint endpoint, int maxInsiderIds)
    {
        CheckActivityId(request.ActivityId, endpoint);
        CheckActivityType(request.ActivityType, endpoint, request.ActivityId);
        CheckInsiderIds(request.InsiderIds, maxInsiderIds, endpoint, request.ActivityId);
    }

    public static void Validate(PushRequest request, LiveActivityEndpoint endpoint)
    {
        CheckActivityId(request.ActivityId, endpoint);
        var activityId = request.ActivityId;
        CheckActivityType(request.ActivityType, endpoint, activityId);
        var content = request.Content;
        if (content is null)
        {
            throw Fail(endpoint, activityId, LiveActivityErrorCodes.ValidationFailed, "content is required.");
        }

        if (content.ContentState is null)
        {
            throw Fail(endpoint, activityId, LiveActivityErrorCodes.ValidationFailed, "content.content_state is required.");
        }

        if (endpoint == LiveActivityEndpoint.Start && (IsBlank(content.Title) || IsBlank(content.Message)))
        {
            throw Fail(endpoint, activityId, LiveActivityErrorCodes.ValidationFailed, "content.title and content.message are required on /start: Apple needs an alert to start an activity.");
        }

        if (request.TargetDevices is { } targets)
        {
            for (var i = 0; i < targets.Count; i++)
            {
                var target = targets[i];
                if (target is null || IsBlank(target.InsiderId) || IsBlank(target.Udid))
                {
                    throw Fail(endpoint, activityId, LiveActivityErrorCodes.TargetDevicesInvalid, $"target_devices[{i}] needs a non-empty insider_id and udid.");
                }
            }
        }
    }

    public static void ValidateInsiderIds(IReadOnlyList<string> insiderIds, int maxInsiderIds, LiveActivityEndpoint endpoint) =>
        CheckInsiderIds(insiderIds, maxInsiderIds, endpoint, null);

    private static void CheckActivityType(string? activityType, LiveActivityEndpoint endpoint, string? activityId)
    {
        if (IsBlank(activityType))
        {
            throw Fail(endpoint, activityId, LiveActivityErrorCodes.ActivityTypeRequired, "activity_type cannot be empty or whitespace-only.");
        }
    }

    private static void CheckActivityId(string? activityId, LiveActivityEndpoint endpoint)
    {
        if (IsBlank(activityId))
        {
            throw Fail(endpoint, null, LiveActivityErrorCodes.ActivityIdRequired, "activity_id cannot be empty or whitespace-only.");
        }
    }

    private static void CheckInsiderIds(IReadOnlyList<string>? insiderIds, int max, LiveActivityEndpoint endpoint, string? activityId)
    {
        var count = insiderIds?.Count ?? 0;
        if (count < 1 || count > max)
        {
            throw Fail(endpoint, activityId, LiveActivityErrorCodes.InsiderIdsOutOfRange, $"insider_ids must contain between 1 and {max:N0} elements (got {count:N0}).");
        }

        for (var i = 0; i < count; i++)
        {
            if (IsBlank(insiderIds![i]))
            {
                throw Fail(endpoint, activityId, LiveActivityErrorCodes.ValidationFailed, $"insider_ids[{i}] is null, empty or whitespace.");
            }
        }
    }

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    private static LiveActivityValidationException Fail(LiveActivityEndpoint endpoint, string? activityId, string code, string message) =>
        new(ErrorAdvice.Append($"{message} {code}: rejected by the client before sending {endpoint.DisplayName()}.", null, code))
        {
            ErrorCode = code,
            Endpoint = endpoint,
            ActivityId = activityId,
            Attempts = 0,
            IsSafeToRetry = false,
        };
}
