#pragma once

#include "core/profiles/secretstore.h"

#include <QHash>
#include <QTimer>

#include <map>
#include <optional>
#include <utility>

namespace wsdash::test {

// A SecretStore for unit tests: entries in a hash the test can inspect, answers from the event
// loop like a real keychain, and failures on demand.
class FakeSecretStore final : public SecretStore
{
public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };

    bool isPersistent() const override { return m_persistent; }
    QString displayName() const override { return QStringLiteral("the fake keychain"); }
    QString notice() const override
    {
        return m_persistent ? QString() : QStringLiteral("session only (fake)");
    }

    void read(const QString& key, QObject* context, ReadCallback callback) override
    {
        ++m_reads;
        std::optional<SecretError> failure = takeFailure(Operation::Read);
        Expected<QByteArray, SecretError> result =
            failure ? Expected<QByteArray, SecretError>(*failure)
            : m_entries.contains(key)
                ? Expected<QByteArray, SecretError>(m_entries.value(key))
                : Expected<QByteArray, SecretError>(
                      SecretError{SecretError::Kind::NotFound, QStringLiteral("not found")});
        QTimer::singleShot(0, context, [callback, result] { callback(result); });
    }

    void write(const QString& key, const QByteArray& secret, QObject* context,
               DoneCallback callback) override
    {
        ++m_writes;
        std::optional<SecretError> failure = takeFailure(Operation::Write);
        if (!failure)
            m_entries.insert(key, secret);
        QTimer::singleShot(0, context, [callback, failure] { callback(failure); });
    }

    void remove(const QString& key, QObject* context, DoneCallback callback) override
    {
        ++m_removes;
        std::optional<SecretError> failure = takeFailure(Operation::Remove);
        if (!failure)
            m_entries.remove(key);
        QTimer::singleShot(0, context, [callback, failure] { callback(failure); });
    }

    // The next `operation` fails with `error` (once).
    void failNext(Operation operation, SecretError error)
    {
        m_failures[operation] = std::move(error);
    }
    void setPersistent(bool persistent) { m_persistent = persistent; }

    const QHash<QString, QByteArray>& entries() const { return m_entries; }
    QHash<QString, QByteArray>& entries() { return m_entries; }
    int reads() const { return m_reads; }
    int writes() const { return m_writes; }
    int removes() const { return m_removes; }

private:
    std::optional<SecretError> takeFailure(Operation operation)
    {
        const auto it = m_failures.find(operation);
        if (it == m_failures.end())
            return std::nullopt;
        SecretError error = it->second;
        m_failures.erase(it);
        return error;
    }

    QHash<QString, QByteArray> m_entries;
    std::map<Operation, SecretError> m_failures;
    bool m_persistent = true;
    int m_reads = 0;
    int m_writes = 0;
    int m_removes = 0;
};

} // namespace wsdash::test
