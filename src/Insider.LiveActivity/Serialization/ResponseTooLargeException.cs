// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>Raised inside the client when a body exceeds <see cref="LiveActivityOptions.MaxResponseBytes"/>; never escapes it.</summary>
#pragma warning disable CA1032, CA1064 // internal signal, mapped to LiveActivityException before it leaves the client
internal sealed class ResponseTooLargeException : Exception
#pragma warning restore CA1032, CA1064
{
}
