// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Microsoft.AspNetCore.Diagnostics;

namespace Insider.LiveActivity.Orders;

/// <summary>
/// Answers a failed Live Activities call with a problem (502: the upstream failed) whose detail is the exception's message,
/// which ends with the API documentation's suggested fix for the error code.
/// </summary>
public sealed class LiveActivityProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not LiveActivityException error)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status502BadGateway;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = error,
            ProblemDetails = { Status = StatusCodes.Status502BadGateway, Title = "The Live Activity call failed", Detail = error.Message, Extensions = { ["errorCode"] = error.ErrorCode } },
        });
    }
}
