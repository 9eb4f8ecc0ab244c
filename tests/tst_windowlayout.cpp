// The window's geometry and keyboard walk, as a reviewer would check them by eye:
// - after 5 refreshes with changing numbers (5-digit counts, deltas, the "vs 24 h" column from a
//   history, an alert band), at 1024, 1280 and 1920 px, light and dark, English and zh_CN, no
//   two texts of a KPI tile, of the freshness line or of the toolbar overlap, none is narrower
//   than its text (QFontMetrics) or sticks out of its parent, and the toolbar has no overflow;
// - at 1024x640 the pool table shows at least 8 rows with one horizontal scroll bar;
// - Tab walks the whole window once and comes back to where it started, the table is one Tab
//   stop, every stop has an accessible name, and Shift+Tab walks the same way back.

#include "core/dashboard/dashboardcontroller.h"
#include "core/history/alertrulesettings.h"
#include "core/history/snapshotstore.h"
#include "dashboardtestdata.h"
#include "support/clienttestsupport.h"
#include "support/fixedclock.h"
#include "support/testhttpserver.h"
#include "ui/alerts/alertcontrols.h"
#include "ui/style/theme.h"
#include "ui/table/pooltablepanel.h"
#include "ui/tiles/kpipanel.h"
#include "ui/tiles/kpitile.h"
#include "ui/window/freshnessbar.h"
#include "ui/window/mainwindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

using namespace wsdash;
using namespace wsdash::test;

namespace {

const QString kProfile = QStringLiteral("Layout test");

// Installs wsdash's and Qt's translations for one language for the lifetime of the object.
class Language
{
public:
    explicit Language(const QString& name)
    {
        QLocale::setDefault(QLocale(name));
        if (name == QLatin1String("en"))
            return;
        if (m_own.load(QStringLiteral(":/i18n/wsdash_") + name))
            QCoreApplication::installTranslator(&m_own);
        if (m_qt.load(QStringLiteral("qtbase_") + name,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_own);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale::c());
    }
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;

private:
    QTranslator m_own;
    QTranslator m_qt;
};

// Numbers that change on every refresh, with 5-digit counts and changes.
DesktopStatistics servedAt(int refresh)
{
    DesktopStatistics statistics = makeStatistics(12 + refresh * 5, 8000 + refresh * 9731);
    statistics.totals.setValue(Metric::ErrorNum, 3 + refresh * 2017);
    return statistics;
}

struct Window
{
    TestHttpServer server;
    QNetworkAccessManager network;
    FixedClock clock{QDateTime(QDate(2024, 5, 2), QTime(12, 0), QTimeZone::utc())};
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<SnapshotStore> store;
    std::unique_ptr<DashboardController> controller;
    std::unique_ptr<MainWindow> window;
    AlertControls* alerts = nullptr;

    bool open(QSize size)
    {
        if (!server.listen() || !dir.isValid())
            return false;
        qputenv("WSDASH_DATA_DIR", dir.path().toUtf8());
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("wsdash.ini")),
                                               QSettings::IniFormat);
        AlertRuleSettings::save(*settings, kProfile,
                                {*AlertRule::parse(QStringLiteral("error_num > 0"))});
        SnapshotStore::Options options;
        options.database.path = dir.filePath(QStringLiteral("history.db"));
        store = std::make_unique<SnapshotStore>(options, clock);
        controller = std::make_unique<DashboardController>(&network, clock);
        StatisticsRequest request = statisticsRequestFor(server);
        request.query = fullQuery();
        controller->setRequest(request);
        controller->setProfileName(kProfile);
        window = std::make_unique<MainWindow>(*controller, clock, settings.get());
        alerts = new AlertControls(*window, *controller, store.get(), settings.get(), clock);
        // A point 24 h ago: the tiles show their "vs 24 h" column.
        store->record(
            QList<Snapshot>{{clock.now().addSecs(-24 * 3600), alerts->currentKey(), servedAt(0)}});
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    bool refresh(int n)
    {
        server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(servedAt(n))));
        QSignalSpy shown(alerts, &AlertControls::tilesUpdated);
        controller->refresh();
        // The result, then the trends read from the history.
        return shown.wait(5000) && (shown.size() > 1 || shown.wait(5000));
    }
};

QString describe(const QWidget* widget)
{
    const auto* label = qobject_cast<const QLabel*>(widget);
    const auto* button = qobject_cast<const QAbstractButton*>(widget);
    const QString text = label ? label->text() : button ? button->text() : QString();
    return QStringLiteral("%1 \"%2\"").arg(widget->objectName(), text);
}

// The visible widgets among `parent`'s children that show something: labels with a text or a
// picture, buttons, combo boxes. Band and spacer widgets are left out.
QList<QWidget*> shownItems(QWidget* parent)
{
    QList<QWidget*> items;
    for (QWidget* child : parent->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (!child->isVisibleTo(parent) || child->width() <= 0)
            continue;
        if (auto* label = qobject_cast<QLabel*>(child)) {
            if (label->text().isEmpty() && label->pixmap().isNull())
                continue;
            items.append(child);
        } else if (qobject_cast<QAbstractButton*>(child) || qobject_cast<QComboBox*>(child)) {
            items.append(child);
        }
    }
    return items;
}

// Problems: overlapping items, texts wider than their widget, items outside `parent`.
QStringList layoutProblems(QWidget* parent, const QString& where)
{
    QStringList problems;
    const QList<QWidget*> items = shownItems(parent);
    for (QWidget* item : items) {
        if (!parent->rect().contains(item->geometry())) {
            problems.append(QStringLiteral("%1: %2 sticks out (%3,%4 %5x%6 in %7x%8)")
                                .arg(where, describe(item))
                                .arg(item->x())
                                .arg(item->y())
                                .arg(item->width())
                                .arg(item->height())
                                .arg(parent->width())
                                .arg(parent->height()));
        }
        if (auto* label = qobject_cast<QLabel*>(item); label && !label->text().isEmpty()) {
            if (label->wordWrap() || label->textFormat() == Qt::RichText ||
                Qt::mightBeRichText(label->text())) {
                if (label->height() < label->heightForWidth(label->width()))
                    problems.append(
                        QStringLiteral("%1: %2 is cut at the bottom").arg(where, describe(label)));
            } else {
                const QMargins m = label->contentsMargins();
                // A mnemonic's "&" shows as an underline, not as a character.
                QString shown = label->text();
                shown.remove(QLatin1Char('&'));
                const int needed =
                    label->fontMetrics().horizontalAdvance(shown) + m.left() + m.right();
                if (label->width() < needed)
                    problems.append(QStringLiteral("%1: %2 is clipped (%3 < %4 px)")
                                        .arg(where, describe(label))
                                        .arg(label->width())
                                        .arg(needed));
            }
        } else if (item->width() < item->minimumSizeHint().width()) {
            problems.append(QStringLiteral("%1: %2 is squeezed (%3 < %4 px)")
                                .arg(where, describe(item))
                                .arg(item->width())
                                .arg(item->minimumSizeHint().width()));
        }
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j) {
            if (items[i]->geometry().intersects(items[j]->geometry())) {
                problems.append(QStringLiteral("%1: %2 overlaps %3")
                                    .arg(where, describe(items[i]), describe(items[j])));
            }
        }
    }
    return problems;
}

QStringList windowProblems(MainWindow& window)
{
    QStringList problems;
    KpiPanel* panel = window.kpiPanel();
    QList<KpiTile*> tiles{panel->totalTile()};
    for (Family family : kAllFamilies)
        tiles.append(panel->familyTile(family));
    auto* contentScroll = window.findChild<QScrollArea*>(QStringLiteral("contentScroll"));
    for (KpiTile* tile : tiles) {
        if (!tile->isVisibleTo(&window))
            continue;
        problems += layoutProblems(tile, tile->objectName());
        const QRect inViewport(tile->mapTo(contentScroll->viewport(), QPoint(0, 0)), tile->size());
        if (inViewport.right() >= contentScroll->viewport()->width())
            problems.append(QStringLiteral("%1 is cut on the right").arg(tile->objectName()));
    }
    problems += layoutProblems(window.freshnessBar(), QStringLiteral("freshness line"));
    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    problems += layoutProblems(toolBar, QStringLiteral("toolbar"));
    for (auto* extension : toolBar->findChildren<QToolButton*>()) {
        if (extension->objectName() == QLatin1String("qt_toolbar_ext_button") &&
            extension->isVisible()) {
            problems.append(QStringLiteral("toolbar: items hidden behind »"));
        }
    }
    return problems;
}

} // namespace

class TestWindowLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void noTextCollidesAfterRefreshes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("language");
        for (const QSize size : {QSize(1024, 640), QSize(1280, 800), QSize(1920, 1080)}) {
            for (const bool dark : {false, true}) {
                for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
                    QTest::addRow("%d %s %s", size.width(), dark ? "dark" : "light",
                                  qPrintable(language))
                        << size << dark << language;
                }
            }
        }
    }

    void noTextCollidesAfterRefreshes()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        QFETCH(QString, language);
        Language installed(language);
        Theme::apply(*qApp, dark ? ThemeChoice::Dark : ThemeChoice::Light);
        Window w;
        QVERIFY(w.open(size));
        for (int n = 1; n <= 5; ++n) {
            w.clock.advance(60);
            QVERIFY(w.refresh(n));
            QCoreApplication::processEvents();
            const QStringList problems = windowProblems(*w.window);
            QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("after refresh %1:\n").arg(n) +
                                                    problems.join(QLatin1Char('\n'))));
        }
        // The history reaches 24 h back and the rule fires: both show.
        KpiTile* run = w.window->kpiPanel()->familyTile(Family::Run);
        QVERIFY(!run->trendText(Metric::ErrorNum).isEmpty());
        QVERIFY(!run->alertText(Metric::ErrorNum).isEmpty());
    }

    void eightTableRowsAndOneHorizontalScrollBarAt1024x640()
    {
        Window w;
        QVERIFY(w.open(QSize(1024, 640)));
        QVERIFY(w.refresh(1));
        QTableView* view = w.window->poolTable()->view();
        const int rowHeight = view->verticalHeader()->defaultSectionSize();
        // In view as the window opens, without scrolling anything but the table itself: the
        // part of its viewport not clipped by a scroll area or the window's edge.
        const int visible = view->viewport()->visibleRegion().boundingRect().height();
        QVERIFY2(
            visible >= PoolTablePanel::kMinimumRows * rowHeight,
            qPrintable(
                QStringLiteral("%1 px visible for rows of %2 px").arg(visible).arg(rowHeight)));
        // The tiles come first: the first two are at least partly in view too.
        const QWidget* total = w.window->kpiPanel()->findChildren<QWidget*>().value(0);
        QVERIFY(total && !total->visibleRegion().isEmpty());
        auto* contentScroll = w.window->findChild<QScrollArea*>(QStringLiteral("contentScroll"));
        QVERIFY(!contentScroll->horizontalScrollBar()->isVisible());
    }

    void tabWalksTheWholeWindowAndBack()
    {
        Window w;
        QVERIFY(w.open(QSize(1280, 800)));
        QVERIFY(w.refresh(1));
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        auto* refreshButton = w.window->findChild<QWidget*>(QStringLiteral("refreshButton"));
        refreshButton->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), refreshButton);

        QList<QWidget*> forward{refreshButton};
        for (int i = 0; i < 200; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            QVERIFY(now);
            if (now == refreshButton)
                break;
            forward.append(now);
        }
        QCOMPARE(QApplication::focusWidget(), refreshButton); // not stuck anywhere

        const auto stops = [&forward](const QString& name) {
            return std::count_if(forward.cbegin(), forward.cend(),
                                 [&name](QWidget* stop) { return stop->objectName() == name; });
        };
        QCOMPARE(stops(QStringLiteral("poolTable")), 1);
        for (const char* name :
             {"autoRefreshBox", "exportButton", "poolTableFilter", "copyTsvButton", "helpButton"}) {
            QVERIFY2(stops(QLatin1String(name)) == 1, name);
        }
        QStringList unnamed;
        for (QWidget* stop : std::as_const(forward)) {
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(stop);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QLatin1String(stop->metaObject()->className()) + QLatin1Char(' ') +
                               stop->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // Shift+Tab walks the same stops in reverse.
        QList<QWidget*> backward{refreshButton};
        for (qsizetype i = 1; i < forward.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
            backward.append(QApplication::focusWidget());
        }
        QList<QWidget*> expected{refreshButton};
        for (qsizetype i = forward.size() - 1; i >= 1; --i)
            expected.append(forward[i]);
        QCOMPARE(backward, expected);
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
