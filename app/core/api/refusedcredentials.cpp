#include "core/api/refusedcredentials.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdlib>

namespace wsdash {

namespace {

constexpr int kMaxEntries = 64;
// A refusal with the clocks this far apart is the clock's fault, not the key's.
constexpr qint64 kSkewSeconds = 14 * 60;

// One line of the file without its line break (an empty last field keeps its tab).
QString lineOf(const QByteArray& bytes)
{
    QString line = QString::fromUtf8(bytes);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

QString clean(const QString& text)
{
    QString line = oneLine(text, 200);
    line.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return line;
}

} // namespace

RefusedCredentials::RefusedCredentials(QString path)
    : m_path(std::move(path))
{}

QString RefusedCredentials::fingerprint(const Endpoint& endpoint, const QString& projectId,
                                        const Credentials& credentials)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& part :
         {endpoint.baseUrl().toString(), projectId,
          QString::number(static_cast<int>(credentials.mode)), credentials.accessKey,
          credentials.secretKey, credentials.securityToken, credentials.iamToken}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool RefusedCredentials::needsNewCredentials(const ApiError& error, const QDateTime& localNow)
{
    if (error.kind != ApiError::Kind::Http || error.httpStatus != 401)
        return false;
    if (error.serverDate.isValid() && localNow.isValid() &&
        std::llabs(localNow.secsTo(error.serverDate)) >= kSkewSeconds) {
        return false;
    }
    return true;
}

std::optional<RefusedCredentials::Refusal>
RefusedCredentials::find(const QString& fingerprint) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    while (!file.atEnd()) {
        const QStringList fields = lineOf(file.readLine()).split(QLatin1Char('\t'));
        if (fields.size() < 6 || fields.at(0) != fingerprint)
            continue;
        Refusal refusal;
        refusal.at = QDateTime::fromString(fields.at(1), Qt::ISODate);
        refusal.error.kind = ApiError::Kind::Http;
        refusal.error.httpStatus = fields.at(2).toInt();
        refusal.error.code = fields.at(3);
        refusal.error.message = fields.at(4);
        refusal.error.requestId = fields.at(5);
        return refusal;
    }
    return std::nullopt;
}

bool RefusedCredentials::remember(const QString& fingerprint, const std::optional<ApiError>& error)
{
    QStringList lines;
    bool found = false;
    QFile existing(m_path);
    if (existing.open(QIODevice::ReadOnly)) {
        while (!existing.atEnd()) {
            const QString line = lineOf(existing.readLine());
            if (line.startsWith(fingerprint + QLatin1Char('\t')))
                found = true;
            else if (!line.isEmpty())
                lines.append(line);
        }
        existing.close();
    }
    if (!error && !found)
        return true; // nothing to forget: the file stays as it is (every success asks)
    if (error) {
        lines.append(QStringList{fingerprint, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                 QString::number(error->httpStatus), clean(error->code),
                                 clean(error->message), clean(error->requestId)}
                         .join(QLatin1Char('\t')));
    }
    while (lines.size() > kMaxEntries)
        lines.removeFirst();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return file.commit();
}

} // namespace wsdash
