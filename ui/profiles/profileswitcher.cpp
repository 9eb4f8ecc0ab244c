#include "ui/profiles/profileswitcher.h"

#include "core/dashboard/dashboardcontroller.h"
#include "core/profiles/profilestore.h"

namespace wsdash {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;
enum class ItemKind
{
    Profile,
    Other,
    Manage
};

} // namespace

ProfileSwitcher::ProfileSwitcher(ProfileStore& store, DashboardController& controller,
                                 const QProcessEnvironment& env, QWidget* parent)
    : QComboBox(parent)
    , m_store(store)
    , m_controller(controller)
    , m_env(env)
{
    setObjectName(QStringLiteral("profileSwitcher"));
    setAccessibleName(tr("Connection profile"));
    setToolTip(tr("The saved connection profile the dashboard shows"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::activated, this, &ProfileSwitcher::onActivated);
    connect(&store, &ProfileStore::profilesChanged, this, &ProfileSwitcher::reload);
    reload();
}

ProfileSwitcher::~ProfileSwitcher() = default;

void ProfileSwitcher::reload()
{
    const QSignalBlocker blocker(this);
    clear();
    const QString current = m_controller.profileName();
    const QStringList names = m_store.names();
    if (!names.contains(current)) {
        // A connection from the command line or the demo: shown, but not a saved profile.
        addItem(!m_controller.request().endpoint.isValid() ? tr("No connection")
                : current.isEmpty()                        ? tr("Command-line connection")
                                                           : current);
        setItemData(0, static_cast<int>(ItemKind::Other), kKindRole);
    }
    for (const QString& name : names) {
        addItem(name, name);
        setItemData(count() - 1, static_cast<int>(ItemKind::Profile), kKindRole);
    }
    insertSeparator(count());
    addItem(tr("Manage profiles…"));
    setItemData(count() - 1, static_cast<int>(ItemKind::Manage), kKindRole);
    const int index = findData(current);
    setCurrentIndex(index >= 0 ? index : 0);
}

void ProfileSwitcher::onActivated(int index)
{
    const auto kind = static_cast<ItemKind>(itemData(index, kKindRole).toInt());
    if (kind == ItemKind::Manage) {
        reload(); // back to the current profile
        Q_EMIT manageRequested();
        return;
    }
    if (kind == ItemKind::Profile && itemData(index).toString() != m_controller.profileName())
        switchTo(itemData(index).toString());
}

void ProfileSwitcher::switchTo(const QString& name)
{
    setEnabled(false);
    m_store.resolve(name, m_env, this,
                    [this, name](const Expected<ProfileConnection, ProfileError>& connection) {
                        setEnabled(true);
                        if (!connection) {
                            reload();
                            Q_EMIT switchFailed(name, connection.error().message);
                            return;
                        }
                        StatisticsRequest request = m_controller.request();
                        request.endpoint = connection->endpoint;
                        request.projectId = connection->projectId;
                        request.credentials = connection->credentials;
                        m_controller.switchConnection(request, name);
                        m_store.setCurrentProfileName(name);
                        reload();
                        Q_EMIT switched(name);
                    });
}

} // namespace wsdash
