// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>412 <c>APNS_CERT_MISSING</c> or <c>APNS_CERT_TYPE_UNSUPPORTED</c>: no usable .p8 APNs key is uploaded for the account. Retrying is meaningless until the certificate is fixed.</summary>
public sealed class ApnsCertificateException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="ApnsCertificateException"/> class.</summary>
    public ApnsCertificateException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ApnsCertificateException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public ApnsCertificateException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ApnsCertificateException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public ApnsCertificateException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
