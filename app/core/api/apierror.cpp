#include "core/api/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace wsdash {

namespace {

QString stringOf(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

// Tries the SDKs' key pairs on one object; true when a code or message was found.
bool readCodeAndMessage(const QJsonObject& object, ApiError* error)
{
    static constexpr std::pair<const char*, const char*> kPairs[] = {
        {"error_code", "error_msg"}, {"errorCode", "errorMsg"}, {"code", "message"}};
    for (const auto& [codeKey, messageKey] : kPairs) {
        const QString code = stringOf(object, codeKey);
        const QString message = stringOf(object, messageKey);
        if (!code.isEmpty() || !message.isEmpty()) {
            error->code = code;
            error->message = message;
            return true;
        }
    }
    return false;
}

void readExtras(const QJsonObject& object, ApiError* error)
{
    if (error->detail.isEmpty())
        error->detail = stringOf(object, "error_detail");
    if (error->encodedAuthorizationMessage.isEmpty())
        error->encodedAuthorizationMessage = stringOf(object, "encoded_authorization_message");
    if (error->requestId.isEmpty())
        error->requestId = stringOf(object, "request_id");
}

} // namespace

void parseErrorBody(const QByteArray& body, int httpStatus, const QString& reasonPhrase,
                    ApiError* error)
{
    error->httpStatus = httpStatus;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    bool found = false;
    if (document.isObject()) {
        const QJsonObject root = document.object();
        found = readCodeAndMessage(root, error);
        readExtras(root, error);
        if (!found) {
            for (auto it = root.constBegin(); it != root.constEnd() && !found; ++it) {
                if (it.value().isObject()) {
                    found = readCodeAndMessage(it.value().toObject(), error);
                    if (found)
                        readExtras(it.value().toObject(), error);
                }
            }
        }
    }
    if (error->code.isEmpty())
        error->code = QStringLiteral("HTTP %1").arg(httpStatus);
    if (error->message.isEmpty()) {
        error->message = reasonPhrase.isEmpty()
                             ? ApiError::tr("The server answered HTTP %1.").arg(httpStatus)
                             : ApiError::tr("The server answered HTTP %1 %2.")
                                   .arg(QString::number(httpStatus), reasonPhrase);
        if (!found && !body.trimmed().isEmpty() && !document.isObject())
            error->message += QLatin1Char(' ') + ApiError::tr("(The body was not JSON.)");
    }
}

QString oneLine(const QString& text, int maxLength)
{
    // Line breaks and other control characters (a server could send terminal escapes) become
    // spaces; runs of white space collapse.
    QString cleaned = text;
    for (QChar& c : cleaned) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    QString line = cleaned.simplified();
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + QChar(0x2026);
    return line;
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::Network:
        return tr("network error");
    case Kind::Timeout:
        return tr("timed out");
    case Kind::Tls:
        return tr("TLS error");
    case Kind::Http:
        return tr("HTTP error");
    case Kind::Throttled:
        return tr("throttled");
    case Kind::BadResponse:
        return tr("bad response");
    case Kind::TooLarge:
        return tr("response too large");
    case Kind::Redirect:
        return tr("redirect refused");
    case Kind::InsecureUrl:
        return tr("insecure URL");
    case Kind::Configuration:
        return tr("configuration");
    }
    return {};
}

bool ApiError::refusesCredentials() const
{
    if (kind != Kind::Http)
        return false;
    if (httpStatus == 401 || httpStatus == 403)
        return true;
    // The gateway's authentication and authorization codes (APIG.0301 incorrect IAM
    // authentication, 0302-0308 token, signature and policy refusals but 0308 throttling).
    const QString upper = code.toUpper();
    for (const char* prefix : {"APIG.03", "APIGW.03"}) {
        if (upper.startsWith(QLatin1String(prefix)) && !upper.endsWith(QLatin1String("0308")))
            return true;
    }
    return false;
}

QString ApiError::toOneLine() const
{
    QString line = code.isEmpty() ? oneLine(message)
                                  : oneLine(code, 80) + QLatin1String(": ") + oneLine(message);
    if (!detail.isEmpty() && detail != message)
        line += QLatin1String(" (") + oneLine(detail, 200) + QLatin1Char(')');
    if (!requestId.isEmpty())
        line += QLatin1String(" [request ID ") + oneLine(requestId, 80) + QLatin1Char(']');
    return line;
}

} // namespace wsdash
