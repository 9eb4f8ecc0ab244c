#pragma once

#include <QString>

class QCoreApplication;

namespace wsdash {

// Installs the translations of wsdash and of Qt for `language` ("en", "zh_CN"; empty: the
// system's). English is loaded too: it carries the plural forms ("1 pool", "2 pools").
void installTranslations(QCoreApplication& app, const QString& language);

} // namespace wsdash
