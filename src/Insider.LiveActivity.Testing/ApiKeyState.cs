// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>Describes how the emulator treats requests made with a given API key.</summary>
public enum ApiKeyState
{
    /// <summary>The key is valid and the Live Activities product is active: requests are processed.</summary>
    Active = 0,

    /// <summary>The key is known but not authorized for Live Activities (not renewed): <c>401</c> with an empty body.</summary>
    Unauthorized,

    /// <summary>The product is disabled for the customer: <c>403 LIVE_ACTIVITY_DISABLED</c>.</summary>
    Disabled,

    /// <summary>No APNs certificate is uploaded: <c>412 APNS_CERT_MISSING</c>.</summary>
    ApnsCertMissing,

    /// <summary>The uploaded certificate is not a .p8 key: <c>412 APNS_CERT_TYPE_UNSUPPORTED</c>.</summary>
    ApnsCertTypeUnsupported,

    /// <summary>The key is not bound to a customer: <c>400 PARTNER_REQUIRED</c>.</summary>
    PartnerRequired,

    /// <summary>The customer is not registered in Insider's system: <c>404 APP_NOT_FOUND</c>.</summary>
    AppNotFound,
}
