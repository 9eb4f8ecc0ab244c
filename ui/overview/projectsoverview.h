#pragma once

#include <QDialog>
#include <QProcessEnvironment>

class QLabel;
class QNetworkAccessManager;
class QTableView;

namespace wsdash {

class Clock;
class OverviewFetcher;
class OverviewModel;
class ProfileStore;
class RequestBudget;

// "All projects": one row per saved profile with its totals and key state counts, fetched a
// few at a time within the request budget. A failing project shows its error in its own row;
// double-clicking a row opens that project in the dashboard.
class ProjectsOverview final : public QDialog
{
    Q_OBJECT

public:
    ProjectsOverview(ProfileStore& store, QNetworkAccessManager* network, const Clock& clock,
                     RequestBudget* budget,
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                     QWidget* parent = nullptr);
    ~ProjectsOverview() override;

    // Fetches every project again.
    void refresh();
    OverviewFetcher& fetcher() const { return *m_fetcher; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    // The user asked to open this profile's project in the dashboard.
    void profileActivated(const QString& name);
    // Every row has its answer.
    void finished();

private:
    void updateSummary();
    // Widens the dialog (within the screen) until a short status such as "OK at 12:00:00" fits.
    void fitStatusColumn();

    OverviewFetcher* m_fetcher = nullptr;
    OverviewModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace wsdash
