#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace wsdash::test {

// The forms in which a secret could leak into a file or an output: as is, in UTF-16 (a
// QSettings or a crash dump), percent-encoded (a URL or an INI key) and Base64.
inline QList<QByteArray> leakForms(const QByteArray& secret)
{
    QList<QByteArray> forms{secret, secret.toBase64(), secret.toPercentEncoding()};
    const QString text = QString::fromUtf8(secret);
    forms.append(QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2));
    return forms;
}

// "file: secret #n" for every file under `dir` (recursively, hidden files too) that holds one
// of `secrets` in any leak form. Empty when none does.
inline QStringList filesHoldingSecrets(const QString& dir, const QList<QByteArray>& secrets)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append(path + QStringLiteral(": unreadable"));
            continue;
        }
        const QByteArray content = file.readAll();
        for (int i = 0; i < secrets.size(); ++i) {
            for (const QByteArray& form : leakForms(secrets.at(i))) {
                if (!form.isEmpty() && content.contains(form)) {
                    hits.append(path + QStringLiteral(": secret #") + QString::number(i));
                    break;
                }
            }
        }
    }
    return hits;
}

// Which of `secrets` (by index) appear in `text` in any leak form.
inline QStringList secretsIn(const QByteArray& text, const QList<QByteArray>& secrets)
{
    QStringList hits;
    for (int i = 0; i < secrets.size(); ++i) {
        for (const QByteArray& form : leakForms(secrets.at(i))) {
            if (!form.isEmpty() && text.contains(form)) {
                hits.append(QStringLiteral("secret #") + QString::number(i));
                break;
            }
        }
    }
    return hits;
}

} // namespace wsdash::test
