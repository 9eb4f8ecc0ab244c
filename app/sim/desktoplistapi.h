#pragma once

#include "sim/fleet.h"
#include "sim/httpmessage.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace wsdash::sim {

// GET /v2/{project_id}/desktops/detail (ListDesktopsDetail) answered from the same fleet, and
// the same minute of it, that the statistics count: a listing filtered like a count has
// exactly that count's desktops.
//
// Filters: status, desktop_type, pool_id (comma-joined or repeated), user_attached,
// desktop_id, user_name, computer_name; paging with offset (>= 0) and limit (0-500, default
// 500); sort_field created|computer_name and sort_type ASC|DESC. Bad values: 400 WKS.0001.
// user_attached=true matches ATTACHED and ATTACHING desktops (a user is bound or being bound),
// false UNATTACH and ATTACHFAIL ones, so that the client's attach_state rule matters.
class DesktopListApi final
{
public:
    explicit DesktopListApi(Fleet& fleet)
        : m_fleet(fleet)
    {}

    HttpResponse list(const QList<QueryParameter>& query, const QDateTime& now);

    // The 1-based page a request asks for (offset / limit + 1); empty when not readable.
    static std::optional<int> pageOf(const QList<QueryParameter>& query);

    static constexpr int kMaxLimit = 500;

    // The wire values of a simulated desktop's states.
    static const char* statusName(RunState state);
    static const char* loginStatusName(LoginState state);
    static const char* attachStateName(AttachState state);

private:
    void appendDesktop(QByteArray& json, int index, const DesktopState& state) const;

    Fleet& m_fleet;
};

} // namespace wsdash::sim
