#pragma once

#include <QComboBox>
#include <QProcessEnvironment>

namespace wsdash {

class DashboardController;
class ProfileStore;

// The toolbar's profile switcher: the saved profiles and "Manage profiles…". Choosing a
// profile resolves it (its keys from the secret store) and re-points the dashboard controller
// at its endpoint, project and credentials.
class ProfileSwitcher final : public QComboBox
{
    Q_OBJECT

public:
    ProfileSwitcher(ProfileStore& store, DashboardController& controller,
                    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                    QWidget* parent = nullptr);
    ~ProfileSwitcher() override;

    // Re-reads the saved profiles, showing the controller's profile as current.
    void reload();
    // Resolves `name` and, when that works, switches the dashboard to it.
    void switchTo(const QString& name);

Q_SIGNALS:
    void manageRequested();
    // The controller now points at `name`'s project (nothing fetched yet).
    void switched(const QString& name);
    void switchFailed(const QString& name, const QString& message);

private:
    void onActivated(int index);

    ProfileStore& m_store;
    DashboardController& m_controller;
    const QProcessEnvironment m_env;
};

} // namespace wsdash
