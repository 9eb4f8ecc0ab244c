#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace wsdash {

// Why a request gave no data. Every failure of the client ends as one of these, with the
// request ID when the server sent one.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::ApiError)

public:
    enum class Kind
    {
        Network,      // connection refused, reset, DNS, proxy
        Timeout,      // the total time allowed for the request ran out
        Tls,          // certificate or handshake failure; never ignored
        Http,         // the server answered with an error status
        Throttled,    // 429 after the retries allowed
        BadResponse,  // a 2xx whose body is not the API's shape
        TooLarge,     // the body exceeded the size cap
        Redirect,     // the server redirected; not followed
        InsecureUrl,  // plain http:// to a non-loopback host
        Configuration // missing credentials or project
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code;       // the API's error_code, e.g. "APIG.0301"; or "HTTP 502"
    QString message;    // the API's message or our own explanation
    QString detail;     // error_detail
    QString encodedAuthorizationMessage;
    QString requestId;    // X-Request-Id (or request_id in the body)
    int attempts = 0;     // how many times the request was sent
    QDateTime serverDate; // the server's Date header, when one arrived (clock-skew diagnosis)

    // One line for stderr or a status bar: code, message and request ID, no line breaks.
    QString toOneLine() const;
    QString kindName() const;
    // The gateway or the service refused the credentials themselves (401, 403, APIG.0301 and
    // the other signature, token and permission codes): sending the same request again cannot
    // help and, for a bad signature, counts towards locking the access key.
    bool refusesCredentials() const;
};

// Reads an error body the way the SDKs do: error_code/error_msg; errorCode/errorMsg;
// code/message; the same keys one level down; failing all, the HTTP status is the code.
// Fills code, message, detail, encodedAuthorizationMessage and (from the body) requestId.
void parseErrorBody(const QByteArray& body, int httpStatus, const QString& reasonPhrase,
                    ApiError* error);

// Collapses whitespace and line breaks and shortens text for one-line display.
QString oneLine(const QString& text, int maxLength = 300);

} // namespace wsdash
