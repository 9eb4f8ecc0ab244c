#pragma once

#include "core/profiles/secretstore.h"

#include <QProcessEnvironment>

#include <chrono>
#include <functional>
#include <memory>

class QObject;

namespace wsdash {

// Chooses where secrets go: the system keychain when it answers, else memory for this session
// (SessionSecretStore, whose notice() says so plainly). Never a file.
//
// WSDASH_NO_KEYCHAIN=1 in the environment skips the keychain (portable use, tests).
// Calls back once, from the event loop, while `context` exists.
void openSecretStore(const QProcessEnvironment& env, QObject* context,
                     std::function<void(std::unique_ptr<SecretStore> store)> callback,
                     std::chrono::milliseconds probeTimeout = std::chrono::milliseconds(15000));

// The keychain's service name: the application ID.
QString secretServiceName();

} // namespace wsdash
