#include "ui/alerts/alertsdialog.h"

#include "core/base/clock.h"
#include "core/history/snapshotstore.h"
#include "ui/style/metricstyle.h"
#include "ui/style/theme.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wsdash {

AlertsDialog::AlertsDialog(const QList<AlertRule>& rules, SnapshotStore* store, const Clock& clock,
                           QWidget* parent)
    : QDialog(parent)
    , m_rules(rules)
    , m_savedRules(rules)
{
    setObjectName(QStringLiteral("alertsDialog"));
    setWindowTitle(tr("Alerts"));
    auto* layout = new QVBoxLayout(this);
    m_profile = new QLabel(this);
    m_profile->setVisible(false);
    layout->addWidget(m_profile);

    auto* rulesBox = new QGroupBox(tr("Rules"), this);
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    m_ruleList = new QListWidget(rulesBox);
    m_ruleList->setObjectName(QStringLiteral("ruleList"));
    m_ruleList->setMaximumHeight(120);
    rulesLayout->addWidget(m_ruleList);
    auto* inputRow = new QHBoxLayout;
    m_input = new QLineEdit(rulesBox);
    m_input->setObjectName(QStringLiteral("ruleInput"));
    m_input->setPlaceholderText(
        tr("e.g. %1 > 0  or  each-pool %2 < warning 5 critical 1 for 5m")
            .arg(MetricStyle::label(Metric::ErrorNum), MetricStyle::label(Metric::ReadyNum)));
    m_input->setAccessibleName(tr("New rule"));
    m_input->installEventFilter(this);
    QStringList offered;
    for (const AlertRule::CountName& name : countNames())
        offered.append(name.name);
    auto* completer = new QCompleter(offered, m_input);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::InlineCompletion);
    m_input->setCompleter(completer);
    m_add = new QPushButton(tr("&Add"), rulesBox);
    m_add->setObjectName(QStringLiteral("addRule"));
    m_remove = new QPushButton(tr("&Remove"), rulesBox);
    m_remove->setObjectName(QStringLiteral("removeRule"));
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    inputRow->addWidget(m_remove);
    rulesLayout->addLayout(inputRow);
    m_error = new QLabel(rulesBox);
    m_error->setObjectName(QStringLiteral("ruleError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::isDark(palette())
                                                    ? QColor(0xff, 0x8a, 0x80)
                                                    : QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(errorPalette);
    rulesLayout->addWidget(m_error);
    QStringList counts;
    for (const AlertRule::CountName& name : countNames()) {
        counts.append(
            QStringLiteral("%1 (%2)").arg(name.name, QLatin1String(metricInfo(name.metric).field)));
    }
    auto* help = new QLabel(tr("[total | each-pool] COUNT[%] >|>=|<|<= [warning N] [critical N] "
                               "[for 5m] — a bare number is the critical level."),
                            rulesBox);
    help->setObjectName(QStringLiteral("ruleHelp"));
    // The counts by name: in the field's tooltip, completed as typed, and listed by the error
    // for an unknown one.
    m_input->setToolTip(tr("Counts: %1").arg(counts.join(QStringLiteral(", "))));
    help->setWordWrap(true);
    QPalette helpPalette = help->palette();
    helpPalette.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    help->setPalette(helpPalette);
    rulesLayout->addWidget(help);
    layout->addWidget(rulesBox);

    auto* logBox = new QGroupBox(tr("Alert log (last 30 days)"), this);
    auto* logLayout = new QVBoxLayout(logBox);
    m_log = new QTableWidget(0, 4, logBox);
    m_log->setObjectName(QStringLiteral("alertLog"));
    m_log->setHorizontalHeaderLabels({tr("Time"), tr("Rule"), tr("Scope"), tr("Level")});
    m_log->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_log->verticalHeader()->setVisible(false);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    logLayout->addWidget(m_log);
    m_logNote = new QLabel(logBox);
    m_logNote->setObjectName(QStringLiteral("logNote"));
    m_logNote->setWordWrap(true);
    logLayout->addWidget(m_logNote);
    layout->addWidget(logBox, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addRule(m_input->text()))
            m_input->clear();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_ruleList->currentRow();
        if (row < 0 || row >= m_rules.size())
            return;
        m_rules.removeAt(row);
        showRules();
    });
    connect(m_ruleList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    // Enter in the rule field adds the rule instead of saving the dialog.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);
    }
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);

    showRules();
    loadLog(store, clock);
    resize(720, 520);
}

void AlertsDialog::setProfileName(const QString& name)
{
    m_profile->setText(name.isEmpty() ? tr("Rules of this connection (no profile)")
                                      : tr("Rules of the profile “%1”").arg(name));
    m_profile->setVisible(true);
}

QList<AlertRule::CountName> AlertsDialog::countNames()
{
    QList<AlertRule::CountName> names;
    for (const MetricInfo& info : allMetrics())
        names.append({MetricStyle::label(info.metric), info.metric});
    return names;
}

bool AlertsDialog::hasUnsavedEdits() const
{
    return m_rules != m_savedRules || !m_input->text().trimmed().isEmpty();
}

bool AlertsDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the rule field adds the rule; it never saves or closes the dialog.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (addRule(m_input->text()))
                m_input->clear();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AlertsDialog::reject()
{
    if (!hasUnsavedEdits()) {
        QDialog::reject();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Alerts"),
                    tr("The rules have changes that are not saved."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedRulesBox"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        // A rule still in the field is added first; one that does not parse keeps the dialog.
        if (!m_input->text().trimmed().isEmpty()) {
            if (!addRule(m_input->text()))
                return;
            m_input->clear();
        }
        accept();
        return;
    case QMessageBox::Discard:
        QDialog::reject();
        return;
    default:
        return;
    }
}

bool AlertsDialog::addRule(const QString& text)
{
    const auto rule = AlertRule::parse(text.trimmed(), countNames());
    if (!rule) {
        m_error->setText(rule.error().message);
        m_error->setVisible(true);
        // A long message (the list of counts) wraps: room for all its lines.
        m_error->setMinimumHeight(m_error->heightForWidth(m_input->parentWidget()->width() - 24));
        return false;
    }
    m_error->clear();
    m_error->setVisible(false);
    if (!m_rules.contains(*rule))
        m_rules.append(*rule);
    showRules();
    return true;
}

QString AlertsDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

int AlertsDialog::logRowCount() const
{
    return m_log->rowCount();
}

void AlertsDialog::showRules()
{
    m_ruleList->clear();
    for (const AlertRule& rule : m_rules) {
        // The console's name first; the text form (API names) is what is saved.
        m_ruleList->addItem(
            QStringLiteral("%1 — %2").arg(MetricStyle::label(rule.metric), rule.toText()));
    }
    if (m_rules.isEmpty())
        m_ruleList->addItem(tr("No rules: nothing is watched."));
    m_ruleList->setEnabled(!m_rules.isEmpty());
    m_remove->setEnabled(false);
}

void AlertsDialog::loadLog(SnapshotStore* store, const Clock& clock)
{
    if (!store) {
        m_logNote->setText(tr("History is off (--no-history or a screenshot): alerts are not "
                              "logged."));
        return;
    }
    m_logNote->setText(tr("Reading the alert log…"));
    const QDateTime now = clock.now();
    store->alertLog(
        now.addDays(-30), now.addSecs(60), this,
        [this](const Expected<QList<AlertLogEntry>, HistoryError>& log) {
            if (!log) {
                m_logNote->setText(tr("The alert log cannot be read: %1").arg(log.error().message));
                Q_EMIT logLoaded();
                return;
            }
            m_log->setRowCount(0);
            // Newest first.
            for (auto it = log->crbegin(); it != log->crend(); ++it) {
                const AlertEvent& event = it->event;
                const int row = m_log->rowCount();
                m_log->insertRow(row);
                const QString scope =
                    event.poolId.isEmpty()
                        ? tr("total")
                        : (event.poolName.isEmpty() ? event.poolId : event.poolName);
                const QStringList cells{
                    QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat), event.rule,
                    scope,
                    QStringLiteral("%1 → %2").arg(QLatin1String(alertLevelName(event.from)),
                                                  QLatin1String(alertLevelName(event.to)))};
                for (int column = 0; column < cells.size(); ++column)
                    m_log->setItem(row, column, new QTableWidgetItem(cells[column]));
            }
            m_log->resizeColumnToContents(0);
            m_logNote->setText(log->isEmpty() ? tr("No alert has fired yet.") : QString());
            m_logNote->setVisible(log->isEmpty());
            Q_EMIT logLoaded();
        });
}

} // namespace wsdash
