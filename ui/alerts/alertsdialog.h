#pragma once

#include "core/history/alertrule.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace wsdash {

class Clock;
class SnapshotStore;

// "Alerts…": the alert log (time, rule, scope, level; last 30 days) and the profile's rules in
// their text form, with the rule parser's message for a rule that does not parse. The caller
// saves rules() when the dialog is accepted.
class AlertsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `store` may be null (no history: no log).
    AlertsDialog(const QList<AlertRule>& rules, SnapshotStore* store, const Clock& clock,
                 QWidget* parent = nullptr);

    void setProfileName(const QString& name);
    QList<AlertRule> rules() const { return m_rules; }
    // Parses `text` and adds the rule; false (and the parser's message shown) when it is invalid.
    bool addRule(const QString& text);
    QString errorText() const;
    // Rules added or removed, or a rule typed and not added, since the dialog opened.
    bool hasUnsavedEdits() const;
    // The names a count may be written with: its console name in the current language.
    static QList<AlertRule::CountName> countNames();

    // Closing with unsaved edits asks first (Save, Discard or Cancel).
    void reject() override;

    // Rows in the log table once the log has been read.
    int logRowCount() const;

Q_SIGNALS:
    void logLoaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showRules();
    void loadLog(SnapshotStore* store, const Clock& clock);

    QList<AlertRule> m_rules;
    QList<AlertRule> m_savedRules;
    QLabel* m_profile = nullptr;
    QTableWidget* m_log = nullptr;
    QLabel* m_logNote = nullptr;
    QListWidget* m_ruleList = nullptr;
    QLineEdit* m_input = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace wsdash
