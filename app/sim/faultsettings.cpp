#include "sim/faultsettings.h"

#include <array>
#include <utility>

namespace wsdash::sim {

namespace {

constexpr std::array<std::pair<Fault, const char*>, 11> kNames = {{
    {Fault::None, "none"},
    {Fault::Throttle, "throttle"},
    {Fault::InternalError, "500"},
    {Fault::BadGateway, "502"},
    {Fault::ServiceUnavailable, "503"},
    {Fault::GatewayTimeout, "504"},
    {Fault::MalformedJson, "malformed-json"},
    {Fault::TruncatedBody, "truncated-body"},
    {Fault::SlowBody, "slow-body"},
    {Fault::ConnectionReset, "reset"},
    {Fault::PartlyInvalid, "partly-invalid"},
}};

} // namespace

QString faultName(Fault fault)
{
    for (const auto& [value, name] : kNames) {
        if (value == fault)
            return QLatin1String(name);
    }
    return {};
}

std::optional<Fault> faultFromName(const QString& name)
{
    for (const auto& [value, text] : kNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QStringList faultNames()
{
    QStringList names;
    for (const auto& [value, name] : kNames) {
        if (value != Fault::None)
            names.append(QLatin1String(name));
    }
    return names;
}

} // namespace wsdash::sim
